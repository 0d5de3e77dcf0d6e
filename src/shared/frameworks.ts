/**
 * The answer frameworks' ids, declared once. `shared/` holds the few constants every layer needs
 * (bank, store, practice, ui); it imports nothing of the app.
 */
export const BANK_FRAMEWORK_IDS = ['star', 'sail', 'spsil'] as const;
/** What a draft or story can be written in: a bank framework, or free text. */
export const FRAMEWORK_IDS = [...BANK_FRAMEWORK_IDS, 'free'] as const;

export type BankFrameworkId = (typeof BANK_FRAMEWORK_IDS)[number];
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

export const isFrameworkId = (value: unknown): value is FrameworkId => (FRAMEWORK_IDS as readonly unknown[]).includes(value);
