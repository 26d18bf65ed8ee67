import { serverAttributes } from './server-address';

describe('serverAttributes', () => {
  it('reads the host and the explicit port of a base URL', () => {
    expect(serverAttributes('http://127.0.0.1:4000/v1')).toEqual({ 'server.address': '127.0.0.1', 'server.port': 4000 });
  });

  it('gives the scheme default port when the URL names none', () => {
    expect(serverAttributes('https://proxy.example.com')).toEqual({ 'server.address': 'proxy.example.com', 'server.port': 443 });
    expect(serverAttributes('http://proxy.example.com')).toEqual({ 'server.address': 'proxy.example.com', 'server.port': 80 });
  });

  it('leaves out the user-info part, which may hold a credential', () => {
    expect(JSON.stringify(serverAttributes('http://user:sk-secret@proxy.example.com:8080'))).not.toContain('sk-secret');
  });

  it('gives nothing for a text that is not a URL', () => {
    expect(serverAttributes('not a url')).toEqual({});
  });
});
