import Database from 'better-sqlite3';
import fc from 'fast-check';
import { partnershipStatusOn } from '../partnerships/domain/partnership-status-on';
import { partnershipStatusOnSql } from './partnership-status-on';

/*
 * The partnership page judges a partnership's status on a day in TypeScript (from the aggregate), the partnerships list
 * and the reports in SQL (from read-model rows): the same answer for every activation, conclusion and day, or the page
 * and the list would disagree about the same partnership.
 */
describe("a partnership's status on a day", () => {
  const db = new Database(':memory:');
  const statement = db.prepare(`SELECT ${partnershipStatusOnSql('row')} AS status FROM (SELECT @activated AS activated_on, @concluded AS concluded_on) AS row`).pluck();
  afterAll(() => db.close());

  const day = fc.integer({ min: 0, max: 40 }).map((offset) => new Date(Date.UTC(2026, 7, 20) + offset * 86_400_000).toISOString().slice(0, 10));

  it('is the same in the SQL the read models use as in the function the partnership page uses', () => {
    fc.assert(
      fc.property(fc.option(day), fc.option(day), day, (activatedOn, concludedOn, today) => {
        expect(statement.get({ activated: activatedOn, concluded: concludedOn, today })).toBe(partnershipStatusOn({ activatedOn, concludedOn }, today));
      }),
      { numRuns: 500 },
    );
  });

  it('is active until a conclusion recorded ahead takes effect, then concluded', () => {
    const state = { activatedOn: '2026-09-01', concludedOn: '2027-06-30' };
    expect(partnershipStatusOn(state, '2026-08-31')).toBe('proposed');
    expect(partnershipStatusOn(state, '2026-12-05')).toBe('active');
    expect(partnershipStatusOn(state, '2027-06-29')).toBe('active');
    expect(partnershipStatusOn(state, '2027-06-30')).toBe('concluded');
  });
});
