import { z } from 'astro/zod';

/** The most words an evidence quote may have: a longer run would copy the source, not point at it. */
export const EVIDENCE_MAX_WORDS = 9;

/** The words of a quote, ignoring spacing and the `*` emphasis marks the source texts use. */
export const evidenceWords = (quote: string) => quote.replace(/\*/g, '').split(/\s+/).filter(Boolean);

/**
 * The words of the source that justify a judgement (a status, a level, an assessment…): 1 to 9
 * consecutive words in the source's language, exactly as they stand in the source apart from line
 * breaks, spacing and `*` emphasis marks, e.g. "berhasil" or "tidak terlaksana". They must be found
 * in the passage the finding's locator names.
 */
export const Evidence = z
  .string({ error: 'evidence is the words of the source that justify the judgement, as text' })
  .trim()
  .refine((quote) => /[\p{L}\p{N}]/u.test(quote), {
    error: 'the evidence has no word in it: quote the words of the source that say it',
    params: { hint: 'quote 1 to 9 words, letters or numbers, as they stand in the source' },
  })
  .refine((quote) => evidenceWords(quote).length <= EVIDENCE_MAX_WORDS, {
    error: (issue) =>
      `the evidence has ${evidenceWords(String(issue.input)).length} words: quote at most ${EVIDENCE_MAX_WORDS} consecutive words of the source`,
    params: { hint: 'keep the words that say the judgement, e.g. "berhasil" or "tidak terlaksana"' },
  });

/**
 * Adds an issue where a judgement and its evidence do not go together: a stated value needs the
 * source's words, and `not-stated` takes none.
 */
export function checkEvidence(
  ctx: z.core.$RefinementCtx,
  value: string,
  evidence: string | undefined,
  path: (string | number)[],
): void {
  if (value !== 'not-stated' && evidence === undefined)
    ctx.addIssue({
      code: 'custom',
      path,
      message: `"${value}" needs evidence: the words of the source that say it (1 to ${EVIDENCE_MAX_WORDS} words, as they stand in the source)`,
      params: {
        hint: 'add "evidence:" with those words, or write "not-stated" where no words of the source say it',
      },
    });
  else if (value === 'not-stated' && evidence !== undefined)
    ctx.addIssue({
      code: 'custom',
      path,
      message: 'evidence is only for a stated value',
      params: { hint: 'remove the evidence, or give the value the source states' },
    });
}
