import { UsageError, parseCommand } from './parse-command';

describe('parseCommand', () => {
  it('runs the tour without arguments', () => {
    expect(parseCommand([])).toEqual({ name: 'tour' });
    expect(parseCommand(['--model', 'litellm/x'])).toEqual({ name: 'tour', model: 'litellm/x' });
  });

  it('reads models with and without --json', () => {
    expect(parseCommand(['models'])).toEqual({ name: 'models', json: false });
    expect(parseCommand(['models', '--json'])).toEqual({ name: 'models', json: true });
  });

  it('reads chat with its flags and joins the words of the prompt', () => {
    expect(parseCommand(['chat', '--model', 'litellm/gpt-4o-mini', 'What is 12 * 7?', '--tools', '--stream'])).toEqual({
      name: 'chat',
      model: 'litellm/gpt-4o-mini',
      prompt: 'What is 12 * 7?',
      stream: true,
      tools: true,
      json: false,
    });
    expect(parseCommand(['chat', '-m', 'm', '--json', 'hello', 'there'])).toMatchObject({ prompt: 'hello there', json: true });
  });

  it('reads the user and every --tag of a chat', () => {
    expect(parseCommand(['chat', '-m', 'm', '--user', 'u-42', '--tag', 'team:a', '--tag', 'x', 'hi'])).toMatchObject({ user: 'u-42', tags: ['team:a', 'x'] });
    expect(() => parseCommand(['chat', '-m', 'm', '--user', '', 'hi'])).toThrow(UsageError);
    expect(() => parseCommand(['models', '--tag', 'a'])).toThrow('--tag is not an option of models');
  });

  it('reads serve with a port', () => {
    expect(parseCommand(['serve', '--port', '8080'])).toEqual({ name: 'serve', port: 8080 });
    expect(parseCommand(['serve'])).toEqual({ name: 'serve' });
  });

  it('shows help for help and --help', () => {
    expect(parseCommand(['help'])).toEqual({ name: 'help' });
    expect(parseCommand(['chat', '--help'])).toEqual({ name: 'help' });
  });

  it.each([
    [['deploy'], 'Unknown command "deploy" (commands: models, chat, embed, serve, help)'],
    [['models', '--stream'], '--stream is not an option of models'],
    [['models', 'extra'], 'Unexpected argument "extra"'],
    [['chat', 'hello'], 'chat needs --model <id> (see: npm start -- models)'],
    [['chat', '--model', 'm'], 'chat needs a prompt, e.g. chat --model <id> "What is 12 * 7?"'],
    [['serve', '--port', 'http'], '--port: must be a port number from 0 to 65535'],
    [['serve', '--port', '99999'], '--port: must be a port number from 0 to 65535'],
  ])('refuses %j with a usage error', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(new UsageError(message));
  });

  it('reports an unknown option on one line', () => {
    expect(() => parseCommand(['--verbose'])).toThrow(UsageError);
    expect(() => parseCommand(['--verbose'])).toThrow(/^Unknown option '--verbose'[^\n]*$/);
  });
});

describe('parseCommand embed', () => {
  it('takes a model, --json and every text after the command, each text one input', () => {
    expect(parseCommand(['embed', '--model', 'litellm/e', '--json', 'ab', 'cde'])).toEqual({ name: 'embed', model: 'litellm/e', texts: ['ab', 'cde'], json: true });
    expect(parseCommand(['embed', '-m', 'e', 'one text'])).toEqual({ name: 'embed', model: 'e', texts: ['one text'], json: false });
  });

  it('needs a model and at least one text, and takes no chat options', () => {
    expect(() => parseCommand(['embed', 'ab'])).toThrow(/embed needs --model/);
    expect(() => parseCommand(['embed', '--model', 'e'])).toThrow(/embed needs at least one text/);
    expect(() => parseCommand(['embed', '--model', 'e', '--stream', 'ab'])).toThrow(/--stream is not an option of embed/);
  });
});
