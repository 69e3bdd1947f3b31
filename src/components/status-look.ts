import type { ImplementationStatus } from '../schemas/vocabulary.ts';

/**
 * How each implementation status looks: a glyph and colours. Every status also has a word (from
 * the dictionaries), so that none is told by colour alone, and each glyph has a different shape.
 */
export const STATUS_LOOK: Record<ImplementationStatus, { glyph: string; classes: string }> = {
  implemented: { glyph: '✔', classes: 'border-green-700 bg-green-50 text-green-900' },
  ongoing: { glyph: '↻', classes: 'border-blue-700 bg-blue-50 text-blue-900' },
  planned: { glyph: '◷', classes: 'border-violet-700 bg-violet-50 text-violet-900' },
  sought: { glyph: '→', classes: 'border-dashed border-blue-700 bg-white text-blue-900' },
  'discussed-only': { glyph: '…', classes: 'border-amber-700 bg-amber-50 text-amber-950' },
  'not-implemented': { glyph: '✖', classes: 'border-red-700 bg-red-50 text-red-900' },
  'not-stated': { glyph: '?', classes: 'border-slate-600 bg-slate-50 text-slate-900' },
};
