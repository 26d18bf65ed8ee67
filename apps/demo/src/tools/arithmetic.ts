/** Why an expression could not be evaluated, with the 1-based column where reading stopped. */
export class ArithmeticError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(`${message} at column ${column}`);
    this.name = 'ArithmeticError';
  }
}

/** Long enough for any sum a person types; short enough that nothing a model sends can be costly. */
export const MAX_EXPRESSION_LENGTH = 200;
// Each parenthesis is one level of recursion: a cap keeps a hostile "((((..." far from the stack limit.
const MAX_DEPTH = 32;

/**
 * Evaluates `+ - * /`, parentheses, unary signs and decimals by recursive descent over the text itself:
 * no `eval`, no `Function`, nothing but numbers can come out of it.
 */
export function evaluateArithmetic(expression: string): number {
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    throw new ArithmeticError(`Expression longer than ${MAX_EXPRESSION_LENGTH} characters`, MAX_EXPRESSION_LENGTH + 1);
  }
  const parser = new Parser(expression);
  const value = parser.parseExpression(0);
  parser.expectEnd();
  // No finiteness check is needed: 200 characters cannot spell a number beyond ~1e200, and x/0 is refused.
  return value;
}

class Parser {
  private position = 0;

  constructor(private readonly text: string) {}

  parseExpression(depth: number): number {
    let value = this.parseTerm(depth);
    for (let op = this.peek(); op === '+' || op === '-'; op = this.peek()) {
      this.position += 1;
      const right = this.parseTerm(depth);
      value = op === '+' ? value + right : value - right;
    }
    return value;
  }

  expectEnd(): void {
    if (this.peek() !== undefined) throw this.error(`Unexpected "${this.peek()}"`);
  }

  private parseTerm(depth: number): number {
    let value = this.parseFactor(depth);
    for (let op = this.peek(); op === '*' || op === '/'; op = this.peek()) {
      this.position += 1;
      this.skipSpaces();
      const column = this.position + 1;
      const right = this.parseFactor(depth);
      if (op === '/' && right === 0) throw new ArithmeticError('Division by zero', column);
      value = op === '*' ? value * right : value / right;
    }
    return value;
  }

  private parseFactor(depth: number): number {
    if (depth > MAX_DEPTH) throw this.error(`More than ${MAX_DEPTH} nested levels`);
    const next = this.peek();
    if (next === '+' || next === '-') {
      this.position += 1;
      const value = this.parseFactor(depth + 1);
      return next === '-' ? -value : value;
    }
    if (next === '(') {
      this.position += 1;
      const value = this.parseExpression(depth + 1);
      if (this.peek() !== ')') throw this.error('Missing ")"');
      this.position += 1;
      return value;
    }
    return this.parseNumber();
  }

  private parseNumber(): number {
    this.skipSpaces();
    const match = /^(\d+(\.\d*)?|\.\d+)/.exec(this.text.slice(this.position));
    if (!match) {
      throw this.error(this.position >= this.text.length ? 'Unexpected end of expression' : `Unexpected "${this.text[this.position]}"`);
    }
    this.position += match[0].length;
    return Number(match[0]);
  }

  /** The next non-space character, without consuming it. */
  private peek(): string | undefined {
    this.skipSpaces();
    return this.text[this.position];
  }

  private skipSpaces(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position] ?? '')) this.position += 1;
  }

  private error(message: string): ArithmeticError {
    return new ArithmeticError(message, this.position + 1);
  }
}

/** Up to 12 significant digits, so `0.1 + 0.2` reads as `0.3` rather than binary noise. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
