// The few typed errors of the project. Tests check the class or `code`, not the wording;
// the CLI prints `message` as one line (a stack trace only with --verbose).

export class KgError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A bad input file: which file, and what was wrong with it. */
export class InputError extends KgError {
  constructor(
    readonly file: string,
    reason: string,
    code:
      | 'EMPTY'
      | 'BINARY'
      | 'UNDECODABLE'
      | 'MISSING'
      | 'UNREADABLE'
      | 'TOO_LARGE'
      | 'ENCRYPTED'
      | 'DAMAGED'
      | 'NO_TEXT'
      | 'TRUNCATED'
      | 'BAD_RECORD'
      | 'NO_ARTICLE'
      | 'DUPLICATE' = 'UNDECODABLE',
  ) {
    super(`${file}: ${reason}`, code);
  }
}

/** Wrong command-line usage. */
export class UsageError extends KgError {
  constructor(message: string) {
    super(message, 'USAGE');
  }
}

/** A failure talking to Neo4j; `retriable` for transient errors. */
export class Neo4jLoadError extends KgError {
  constructor(
    message: string,
    code: string,
    readonly retriable = false,
  ) {
    super(message, code);
  }
}
