import { describe, expectTypeOf, it } from 'vitest';
import type { Assessment, Group } from '@/domain/assessment';
import type { TableRef } from '@/domain/questions';

/** The stored types come from the questions description: these fail the type check if they drift. */
describe('types derived from the questions description', () => {
  it('gives each field the type of its kind', () => {
    expectTypeOf<Assessment['q4']['harms'][number]['likelihood']>().toEqualTypeOf<
      'low' | 'medium' | 'high' | ''
    >();
    expectTypeOf<Assessment['q4']['mitigations'][number]['harms']>().toEqualTypeOf<string[]>();
    expectTypeOf<Assessment['q2']['benefitBurden'][number]['group']>().toEqualTypeOf<string>();
    expectTypeOf<Assessment['q1']['outcomes'][number]['groups']>().toEqualTypeOf<string[]>();
    expectTypeOf<Group>().toEqualTypeOf<{
      id: string;
      name: string;
      kind:
        | 'race'
        | 'income'
        | 'language'
        | 'disability'
        | 'age'
        | 'immigration'
        | 'tenure'
        | 'geography'
        | 'other'
        | '';
      mostAffected: boolean;
    }>();
    expectTypeOf<Assessment['q3']['engagement'][number]['supports']>().toEqualTypeOf<
      ('interpretation' | 'childcare' | 'food' | 'stipend' | 'timing' | 'place')[]
    >();
    expectTypeOf<Assessment['q4']['readiness']['funded']['answer']>().toEqualTypeOf<
      'yes' | 'no' | 'unsure' | ''
    >();
    expectTypeOf<Assessment['q5']['notKnown'][string]>().toEqualTypeOf<{
      on: boolean;
      plan: string;
      date: string;
    }>();
  });

  it('makes a misnamed item or table a compile error', () => {
    // @ts-expect-error: question 4 has no item "harmz".
    expectTypeOf<Assessment['q4']['harmz']>().toBeNever();
    // @ts-expect-error: "harms" is a table of question 4, not question 2.
    const wrong: TableRef = { section: 'q2', table: 'harms' };
    expectTypeOf(wrong).not.toBeAny();
  });
});
