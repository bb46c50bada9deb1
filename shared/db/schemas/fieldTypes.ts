/** JSON-schema building blocks shared by the collection schemas (RxDB needs bounds on indexed fields). */
export const idField = { type: 'string', maxLength: 40 } as const;
export const refField = { type: 'string', maxLength: 40 } as const;
export const instantField = { type: 'number', minimum: 0, maximum: 9e15, multipleOf: 1 } as const;
export const dateField = { type: 'string', maxLength: 10 } as const;
export const shortText = { type: 'string', maxLength: 200 } as const;
export const longText = { type: 'string', maxLength: 20000 } as const;
/** Money in ¥. Absent (not null) when there is none: ajv's strict mode forbids union types. */
export const amountField = { type: 'number', minimum: 0, maximum: 1e13 } as const;
export const stringList = { type: 'array', items: { type: 'string', maxLength: 200 } } as const;

/** Values of team custom fields: text, number, date, single/multi select, member. */
export const customValues = {
  type: 'object',
  // Values are checked against the team's field definitions by the app; ajv only sees JSON.
  additionalProperties: true,
} as const;

export type CustomValue = string | number | boolean | string[] | null;
