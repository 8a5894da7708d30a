/**
 * Every reason the service refuses something, with the HTTP status the staff API answers it with. Citizens'
 * commands refused for one of these reasons get a `grievance.command-rejected` event carrying the code.
 */
const httpStatusOfCode = {
  /** The request failed validation (body, query or path). */
  VALIDATION_FAILED: 400,
  /** A workflow action lacks something it needs: an assignee for ASSIGN, text for COMMENT. */
  DETAILS_MISSING: 400,
  /** A rating outside 1 to 5. */
  RATING_OUT_OF_RANGE: 400,
  /** Filing: the tenant id names no city. */
  UNKNOWN_CITY: 400,
  /** Filing: the service code names no complaint type. */
  UNKNOWN_COMPLAINT_TYPE: 400,
  /** Filing: the complaint type exists but is no longer offered. */
  COMPLAINT_TYPE_INACTIVE: 400,
  /** Filing: the locality code is not one of the city's localities. */
  UNKNOWN_LOCALITY: 400,
  /** Filing: a location pin with only one coordinate, or one out of range. */
  INVALID_LOCATION: 400,
  /** Filing: the description is empty. */
  DESCRIPTION_REQUIRED: 400,
  /** No bearer token, or one that is malformed, badly signed or expired. */
  UNAUTHENTICATED: 401,
  /** None of the actor's roles may take this action (or use this route). */
  ROLE_NOT_ALLOWED: 403,
  /** A citizen acting on someone else's complaint, or an LME on a complaint not assigned to them. */
  NOT_YOUR_COMPLAINT: 403,
  /** A list filtered by a city the token does not cover. */
  TENANT_NOT_ALLOWED: 403,
  /** No such complaint, or one the caller may not see (another city or department): never told apart. */
  COMPLAINT_NOT_FOUND: 404,
  /** The workflow has no such action from the complaint's current state. */
  ACTION_NOT_ALLOWED: 409,
  /** A complaint can be reopened only within 10 days of being resolved or rejected. */
  REOPEN_WINDOW_PASSED: 409,
} as const satisfies Record<string, number>;

export type AppErrorCode = keyof typeof httpStatusOfCode;

/** A refusal the caller can act on: a documented code and a message a person can read. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get httpStatus(): number {
    return httpStatusOfCode[this.code];
  }
}
