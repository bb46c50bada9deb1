/** A failed call as it crosses IPC or HTTP: a stable code and a message for the user (Chinese). */
export type ApiErrorBody = { code: 'unknownMethod' | 'badArguments' | 'badResult' | 'failed'; message: string };

export class ApiError extends Error {
  readonly code: ApiErrorBody['code'];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
  }
}
