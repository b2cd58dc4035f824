import { CoverSpell, RosterSpell } from './date-intervals';
import { nextClearanceExpiry, nextCoverExpiry, rosterStatusOn, StoredSpell, validClearancesOn } from './judged-today';

const spells: StoredSpell[] = [
  ['lausd', 'background-check', '2026-08-01', null, 0],
  ['lausd', 'tb-screening', '2026-08-01', '2026-11-30', 1],
  ['lausd', 'mandated-reporter-training', '2026-08-01', '2027-06-30', 1],
  ['pusd', 'tb-screening', '2026-09-01', '2026-10-31', 0],
  ['pusd', 'background-check', '2027-01-01', '2027-03-31', 1],
];

describe('validClearancesOn', () => {
  it('holds the clearances whose spell holds the day, both ends included', () => {
    expect([...validClearancesOn(spells, '2026-11-30')].sort()).toEqual(['lausd\u0000background-check', 'lausd\u0000mandated-reporter-training', 'lausd\u0000tb-screening']);
    expect([...validClearancesOn(spells, '2026-10-31')]).toContain('pusd\u0000tb-screening');
    expect([...validClearancesOn(spells, '2026-07-31')]).toEqual([]);
  });
});

describe('nextClearanceExpiry', () => {
  it('is the earliest last valid day on or after the day among spells that end by expiry', () => {
    expect(nextClearanceExpiry(spells, '2026-11-15')).toEqual({ requirement: 'tb-screening', lea: 'lausd', expiresOn: '2026-11-30' });
    expect(nextClearanceExpiry(spells, '2026-11-30')).toEqual({ requirement: 'tb-screening', lea: 'lausd', expiresOn: '2026-11-30' });
    expect(nextClearanceExpiry(spells, '2026-12-01')).toEqual({ requirement: 'background-check', lea: 'pusd', expiresOn: '2027-03-31' });
    expect(nextClearanceExpiry(spells, '2026-12-01', 'lausd')).toEqual({ requirement: 'mandated-reporter-training', lea: 'lausd', expiresOn: '2027-06-30' });
    expect(nextClearanceExpiry(spells, '2027-07-01')).toBeNull();
  });
});

describe('rosterStatusOn', () => {
  const roster: RosterSpell[] = [
    { lea: 'lausd', status: 'proposed', from: '2026-01-01', until: '2026-01-04' },
    { lea: 'lausd', status: 'approved', from: '2026-01-05', until: null },
    { lea: 'pusd', status: 'removed', from: '2026-06-01', until: null },
  ];

  it('names the decision in force per LEA, and not-yet-proposed where none is yet', () => {
    expect(rosterStatusOn(roster, ['lausd', 'pusd', 'sfusd'], '2026-01-03')).toEqual({ lausd: 'proposed', pusd: 'not-yet-proposed', sfusd: 'not-yet-proposed' });
    expect(rosterStatusOn(roster, ['lausd', 'pusd'], '2026-07-01')).toEqual({ lausd: 'approved', pusd: 'removed' });
  });

  it('keeps an LEA called like an Object member as a plain key', () => {
    const status = rosterStatusOn([{ lea: 'constructor', status: 'approved', from: '2026-01-01', until: null }], ['constructor'], '2026-02-01');
    expect(Object.keys(status)).toEqual(['constructor']);
    expect(JSON.stringify(status)).toBe('{"constructor":"approved"}');
  });
});

describe('nextCoverExpiry', () => {
  it('is the earliest last covered day on or after the day', () => {
    const cover: CoverSpell[] = [
      { lea: 'lausd', what: 'insurance', from: '2026-01-01', until: '2026-11-30' },
      { lea: 'lausd', what: 'agreement', from: '2026-01-01', until: '2027-06-30' },
      { lea: 'pusd', what: 'agreement', from: '2026-01-01', until: '2026-11-30' },
    ];
    expect(nextCoverExpiry(cover, '2026-11-15')).toEqual({ what: 'agreement', lea: 'pusd', expiresOn: '2026-11-30' });
    expect(nextCoverExpiry(cover, '2026-12-01')).toEqual({ what: 'agreement', lea: 'lausd', expiresOn: '2027-06-30' });
    expect(nextCoverExpiry(cover, '2027-07-01')).toBeNull();
  });
});
