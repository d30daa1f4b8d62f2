/**
 * CAMEO root 09: INVESTIGATE. Event patterns, data only (syntax and matching in `types.ts`).
 * Order matters on ties: at one anchor the pattern with more literals wins, and among equals the
 * one listed first, so the specific patterns come before the generic ones.
 */
import type { EventPattern } from './types.js';

export const ROOT_09: readonly EventPattern[] = [
  { pattern: 'investigate|probe|examine|document * genocide|atrocity|atrocities', code: '094', pos: 'verb' },
  { pattern: 'investigate|probe|examine|document * war crime', code: '094', pos: 'verb' },
  { pattern: 'investigate|probe|examine|document * war crimes', code: '094', pos: 'verb' },
  { pattern: 'investigate|probe|examine|document * crimes against humanity', code: '094', pos: 'verb' },
  { pattern: 'investigation|inquiry|enquiry|probe * genocide|atrocity|atrocities', code: '094', pos: 'noun' },
  { pattern: 'investigation|inquiry|enquiry|probe * war crime', code: '094', pos: 'noun' },
  { pattern: 'investigation|inquiry|enquiry|probe * war crimes', code: '094', pos: 'noun' },
  { pattern: 'investigation|inquiry|enquiry|probe * crimes against humanity', code: '094', pos: 'noun' },
  { pattern: 'war crimes investigation', code: '094', pos: 'noun' },
  { pattern: 'war crimes inquiry', code: '094', pos: 'noun' },
  { pattern: 'war crimes probe', code: '094', pos: 'noun' },
  { pattern: 'war crimes tribunal', code: '094', pos: 'noun' },
  {
    pattern:
      'investigate|probe|examine * attack|attacks|strike|airstrike|airstrikes|raid|shelling|bombing|shooting|incident|clash|clashes|downing|shootdown|killing',
    code: '093',
    pos: 'verb',
  },
  { pattern: 'investigate|probe|examine * air strike', code: '093', pos: 'verb' },
  {
    pattern:
      'investigation|inquiry|enquiry|probe * attack|attacks|strike|airstrike|airstrikes|raid|shelling|bombing|shooting|downing|clash|clashes',
    code: '093',
    pos: 'noun',
  },
  { pattern: 'investigation|inquiry|enquiry|probe * air strike', code: '093', pos: 'noun' },
  { pattern: 'investigate|probe|examine|document * @abuse', code: '092', pos: 'verb' },
  { pattern: 'investigation|inquiry|enquiry|probe * @abuse', code: '092', pos: 'noun' },
  { pattern: 'human rights investigation', code: '092', pos: 'noun' },
  { pattern: 'human rights inquiry', code: '092', pos: 'noun' },
  { pattern: 'rights investigation', code: '092', pos: 'noun' },
  { pattern: 'rights probe', code: '092', pos: 'noun' },
  { pattern: 'investigate|probe * @crime', code: '091', pos: 'verb' },
  { pattern: 'investigation|inquiry|enquiry|probe * @crime', code: '091', pos: 'noun' },
  {
    pattern: '@crime investigation|inquiry|probe|investigations',
    code: '091',
    pos: 'noun',
    note: "e.g. 'corruption probe', 'murder investigation'",
  },
  { pattern: 'criminal investigation', code: '091', pos: 'noun' },
  { pattern: 'criminal inquiry', code: '091', pos: 'noun' },
  { pattern: 'criminal probe', code: '091', pos: 'noun' },
  { pattern: 'police investigation', code: '091', pos: 'noun' },
  { pattern: 'impeachment investigation', code: '091', pos: 'noun' },
  { pattern: 'impeachment inquiry', code: '091', pos: 'noun' },
  { pattern: 'fraud investigation', code: '091', pos: 'noun' },
  { pattern: 'question|interrogate|interview * suspect|suspects', code: '091', pos: 'verb' },
  {
    pattern: 'raid|search * home|homes|office|offices|premises|headquarters',
    code: '091',
    pos: 'verb',
    note: 'a search of premises is a step of a criminal investigation',
  },
  { pattern: 'investigate $target', code: '090', pos: 'verb' },
  { pattern: 'investigate', code: '090', pos: 'verb' },
  { pattern: 'investigation|investigations', code: '090', pos: 'noun' },
  {
    pattern: 'launch|open|order|begin|start|announce|conduct * investigation|inquiry|enquiry|probe|review|inspection',
    code: '090',
    pos: 'verb',
  },
  { pattern: 'set up * investigation|inquiry|enquiry|probe|review|inspection', code: '090', pos: 'verb' },
  { pattern: 'inquiry|inquiries|enquiry|enquiries', code: '090', pos: 'noun' },
  { pattern: 'probe into', code: '090', pos: 'noun' },
  { pattern: 'probe', code: '090', pos: 'verb' },
  { pattern: 'look into', code: '090', pos: 'verb' },
  { pattern: 'inspect', code: '090', pos: 'verb' },
  { pattern: 'fact-finding', code: '090', pos: 'noun' },
  { pattern: 'fact-finding mission', code: '090', pos: 'noun' },
  { pattern: 'commission of inquiry', code: '090', pos: 'noun' },
];
