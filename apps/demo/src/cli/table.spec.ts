import { renderTable } from './table';

describe('renderTable', () => {
  it('pads every column but the last to its widest cell', () => {
    expect(renderTable(['ID', 'CONTEXT', 'TOOLS'], [['litellm/a', '8,192', 'yes'], ['b', '128,000', '-']])).toBe(
      ['ID         CONTEXT  TOOLS', 'litellm/a  8,192    yes', 'b          128,000  -'].join('\n'),
    );
  });

  it('prints just the header when there are no rows', () => {
    expect(renderTable(['ID', 'NAME'], [])).toBe('ID  NAME');
  });
});
