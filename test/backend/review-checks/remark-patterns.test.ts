import { describe, expect, it } from 'vitest';
import { refersToEvidence, remarkSays, saysNotApplicable } from '../../../electron/backend/review-checks/remark-patterns.js';

describe('remarkSays, on the seeds’ own remarks', () => {
  it.each([
    ['৪ৰ্থ কোয়ার্টারে সম্পন্ন করা হবে', 'later'],
    ['৩য় কোয়ার্টারে সম্পন্ন করা হবে', 'later'],
    ['১৬.০৩.২০২৫ তারিখে (৩য় কোয়ার্টারে) বাস্তবায়িত হবে।', 'later'],
    ['৪র্থ কোয়ার্টারে বাস্তবায়িত হবে।', 'later'],
    ['নির্ধারিত সময়ের মধ্যে করা হবে।', 'later'],
    ['১ বার সম্পন্ন হয়েছে', 'done'],
    ['সম্পন্ন করা হয়েছে', 'done'],
    ['১ম কোয়ার্টারে অর্জন করা হয়েছে', 'done'],
    ['২য় কোয়ার্টারে অধিদপ্তর কতৃক বাস্তবায়িত হয়েছে।', 'done'],
    ['পত্র জারী করা হয়েছে প্রযানক পরিশিষ্ট-১ ০৬/১১/২০২১', 'done'],
    ['১টি সম্পন্ন হয়েছে, অবশিষ্টগুলো করা হবে', 'mixed'],
    ['চলমান', null],
    ['প্রক্রিয়াধীন রয়েছে।', null],
    ['কাজ শুরু হয়েছে', null],
    ['আওতাধীন দপ্তর/সংস্থা নেই', null],
    ['… শতভাগ অর্জন স্ব-মূল্যায়ন (এপিএ টিম ও উদ্ভাবনী টিম) কর্তৃক নিশ্চিত করা হলো।', null],
    ['', null],
  ])('%s → %s', (text, says) => {
    expect(remarkSays(text)).toBe(says);
  });

  it('matches হয়েছে however য় was typed (precomposed or য + nukta)', () => {
    expect(remarkSays('সম্পন্ন করা হ\u09DFেছে')).toBe('done');
    expect(remarkSays('সম্পন্ন করা হ\u09AF\u09BCেছে')).toBe('done');
  });

  it('does not take a longer word for হবে', () => {
    expect(remarkSays('হবেনা-শব্দ নয়')).toBeNull();
  });
});

describe('saysNotApplicable', () => {
  it.each([
    ['আওতাধীন দপ্তর/সংস্থা নেই', true],
    ['প্রযোজ্য নয়', true],
    ['অপ্রযোজ্য', true],
    ['N/A', true],
    ['আওতাধীন দপ্তরসমূহের তথ্য বাতায়ন হালনাগাদ করা হয়েছে', false],
    ['চলমান', false],
  ])('%s → %s', (text, expected) => {
    expect(saysNotApplicable(text)).toBe(expected);
  });
});

describe('refersToEvidence', () => {
  it.each([
    ['পত্র জারী করা হয়েছে প্রযানক পরিশিষ্ট-১', true],
    ['২৬/০৮/২০২১ এ আলোচ্য বিষয়ে সভা আয়োজন করা হয়েছে। সংযুক্তি-১', true],
    ['হালনাগাদ করা হয়। www.jms.gov.bd', true],
    ['সম্পন্ন করা হয়েছে', false],
  ])('%s → %s', (text, expected) => {
    expect(refersToEvidence(text)).toBe(expected);
  });
});
