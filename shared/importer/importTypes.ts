import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { ImportKind } from '../db/schemas/importBatchSchema.ts';
import type { ValidationRule } from '../db/schemas/teamSettingsSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import type { ColumnKind, GridLookups, OptionListName } from '../grid/gridTypes.ts';

/**
 * The import engine's contract (issue #5). The stages are pure functions over these types, so the
 * wizard (in a Web Worker), the CLI (`npm run cli -- import FILE --dry-run --json`) and the tests run
 * the same code.
 *
 *   bytes ─sniffFile─▶ kind ─readWorkbook─▶ ImportWorkbook ─detectHeader─▶ HeaderGuess
 *         ─mapColumns─▶ ColumnMapping ─normalizeRows─▶ NormalizedRow[] ─planImport─▶ ImportPlan
 */

/** Bounds that keep a hostile or huge file from freezing or crashing the app. */
export type ImportLimits = {
  maxFileBytes: number;
  /** Sum of the zip entries' uncompressed sizes (zip bombs). */
  maxUncompressedBytes: number;
  maxRows: number;
  maxColumns: number;
  timeoutMs: number;
};

export type FileKind = 'xlsx' | 'xlsm' | 'csv';

/** Why a file cannot be read at all; every code has a Chinese message saying what to do. */
export type ImportErrorCode =
  | 'xls'
  | 'encrypted'
  | 'notSpreadsheet'
  | 'corrupt'
  | 'tooLarge'
  | 'tooManyRows'
  | 'timeout'
  | 'empty'
  | 'cancelled'
  /** The sheet asked for (CLI --sheet) is not in the workbook. */
  | 'sheetNotFound';

export type ImportFailure = { ok: false; code: ImportErrorCode; message: string };

/**
 * One cell as read. `date` cells hold the Excel serial day in the 1900 system (a 1904 workbook is
 * converted on reading), so one conversion serves every file; `text` keeps phone numbers and 18-digit
 * ids exactly as typed; `numFmt` is the cell's number format, when it has one.
 */
export type ImportCell =
  | { t: 'empty' }
  | { t: 'text'; v: string }
  | { t: 'number'; v: number; numFmt?: string }
  | { t: 'date'; v: number; numFmt?: string }
  | { t: 'bool'; v: boolean }
  | { t: 'error'; v: string };

/**
 * A merged range. `top`/`bottom` are Excel row numbers (1-based, as in `ImportSheet.rowNumbers`);
 * `left`/`right` are 0-based column indexes into the row arrays.
 */
export type CellRange = { top: number; left: number; bottom: number; right: number };

export type ImportSheet = {
  name: string;
  hidden: boolean;
  /**
   * Rows as read, 0-based, empty rows left out; `rowNumbers[i]` is row i's number in Excel (1-based),
   * for messages. Every cell of a merged range holds the range's value, as a reader sees the sheet.
   */
  rows: ImportCell[][];
  rowNumbers: number[];
  merges: CellRange[];
};

export type ImportWorkbook = {
  kind: FileKind;
  sheets: ImportSheet[];
  warnings: string[];
  /** CSV only: the text encoding detected. */
  encoding?: CsvEncoding;
};

export type CsvEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * Lets the host stop a read (the wizard's 取消), supplies the clock the timeout is measured on, and
 * hears how far the read is (uncompressed bytes of the parts read so far, of all it will read).
 */
export type ReadControl = { signal?: AbortSignal; now?: () => number; onProgress?: (done: number, total: number) => void };

/**
 * Where the header is: one row, or two (a group title such as 下一步计划 above 日期/动作/负责人, joined
 * as "下一步计划/日期"); titles above it are skipped. `headerRow` indexes `ImportSheet.rows` (the top
 * header row); data starts at `headerRow + headerRows`. `headers[c]` is column c's title ('' = none).
 */
export type HeaderGuess = { headerRow: number; headerRows: 1 | 2; headers: string[] };

/** Sheet column index → target field id ('' = not imported). */
export type ColumnMapping = Record<number, string>;

/** The mapping found automatically, and how sure each column's guess is (0 = unmapped … 1 = exact or remembered). */
export type MappingGuess = { mapping: ColumnMapping; confidence: Record<number, number> };

export type ImportTarget = ImportKind;

/**
 * How a target field's text is read: the grid's column kinds, plus phone (kept as text, indexed for
 * matching), email, grade (A/B/C), intent (高/中/低) and id (our hidden 记录ID column).
 */
export type ImportFieldKind = ColumnKind | 'phone' | 'email' | 'grade' | 'intent' | 'id';

/** A field a column can be mapped to: its id (as in ColumnMapping), zh-CN label, kind and header synonyms. */
export type ImportField = {
  id: string;
  label: string;
  kind: ImportFieldKind;
  required: boolean;
  optionList?: OptionListName;
  /** Options of a custom select field (labels are their own ids). */
  customOptions?: string[];
  synonyms: readonly string[];
};

/** What normalizeRows needs to know about the team: names and options, the day, and who is importing. */
export type NormalizeContext = {
  lookups: GridLookups;
  today: CalendarDate;
  utcOffsetMinutes: number;
  /** The member importing: owner of rows whose 责任人 is empty or unknown (with a warning). */
  memberId: string;
  /** The team's row rules (已报价 → 金额); broken ones become warnings, as the grid marks them. */
  rules?: readonly ValidationRule[];
};

/** What one cell becomes, for the preview: the text read, the value stored, and a note when it was interpreted. */
export type NormalizedCell = { raw: string; value: unknown; note?: string };

/**
 * One data row, normalized. `values` and `cells` are keyed by field id; `cells` describes only the
 * mapped cells that were interpreted (a note: 拜访 → 面访, a default filled in, the customer found) or
 * import nothing (blank or unreadable) — any other cell's value is exactly what it held (as in ColumnMapping, so custom
 * fields are 'custom.<id>'). For follow-ups `values.customerName` holds the 客户 text and
 * `values.customerId` the matched customer ('' = not found: planImport creates it); `values.contactName`
 * the 联系人 text. `defaulted` lists fields filled in by the importer rather than read from the file
 * (a missing 跟进方式, an unknown 责任人…): they complete new records but never overwrite existing ones.
 * A row with errors is rejected; warnings are shown and the row is imported.
 */
export type NormalizedRow = {
  rowNumber: number;
  values: Record<string, unknown>;
  cells: Record<string, NormalizedCell>;
  defaulted: string[];
  errors: string[];
  warnings: string[];
};

export type ExistingMatch = 'name' | 'phone' | 'nameOrPhone';
export type OnExisting = 'update' | 'skip' | 'create';

/** 'skipped': matches an existing record (onExisting 'skip') or an earlier row of the same file. */
export type Verdict = 'new' | 'changed' | 'unchanged' | 'skipped' | 'rejected';

export type FieldChange = { field: string; from: unknown; to: unknown };

export type PlannedRow = {
  rowNumber: number;
  verdict: Verdict;
  /** The record id written (new or matched); empty for rejected rows. */
  id: string;
  /** For follow-up rows: the customer matched or to be created by name. */
  customerId?: string;
  /**
   * Fields that change, for 'changed', keyed like ColumnMapping ('custom.<id>' for custom fields;
   * 'contacts' and 'phoneKeys' for customers carry the merged lists).
   */
  changes?: FieldChange[];
  reasons: string[];
  /**
   * For 'new': every field of the record to create, shaped as the stored document without its sync
   * metadata (custom fields nested under `custom`, follow-ups with `followedDesc`, customers from
   * newCustomerFields). For the other verdicts: the file's values in the same shape.
   */
  values: Record<string, unknown>;
  /** Who the record says created it: the row's 责任人 when the file names a known member, else the importer (planImport always sets it). */
  createdBy?: string;
};

/**
 * A customer the follow-ups need that does not exist yet: created with the batch, owned by its first
 * row's 责任人, at the stage of its latest follow-up (planImport always sets the optional fields).
 */
export type NewCustomer = { id: string; name: string; nameKey?: string; ownerId?: string; stage?: string; lastFollowedAt?: number };

/** A contact named in the file that its customer (existing or new) does not have yet. */
export type NewContact = { customerId: string; id: string; name: string };

export type ImportPlan = {
  target: ImportTarget;
  rows: PlannedRow[];
  /** Customers the follow-ups need that do not exist yet (created with the batch). */
  newCustomers: NewCustomer[];
  /** Contacts to add to customers (existing or new) for the 联系人 the rows name; planImport always sets it. */
  newContacts?: NewContact[];
  counts: { new: number; changed: number; unchanged: number; rejected: number; skipped?: number };
};

/** A customer as planImport needs it; pass whole documents when importing customers (their fields are diffed). */
export type ExistingCustomer = Pick<CustomerDoc, 'id' | 'name' | 'nameKey' | 'phoneKeys'> & Partial<Omit<CustomerDoc, 'id' | 'name' | 'nameKey' | 'phoneKeys'>>;

/** A follow-up as planImport needs it (the stored document will do). */
export type ExistingFollowUp = Pick<
  FollowUpDoc,
  'id' | 'customerId' | 'contactId' | 'followedAt' | 'method' | 'summary' | 'status' | 'stage' | 'amount' | 'nextDate' | 'nextAction' | 'nextOwnerId' | 'ownerId' | 'remark' | 'custom'
>;

export type ExistingData = { customers: readonly ExistingCustomer[]; followUps: readonly ExistingFollowUp[] };

export type PlanOptions = {
  match: ExistingMatch;
  onExisting: OnExisting;
  newId: () => string;
  /** The member importing. */
  memberId: string;
};
