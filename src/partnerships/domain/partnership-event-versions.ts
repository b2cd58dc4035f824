import { registerUpcaster } from '../../event-store/upcasting';

/*
 * Shape changes of partnership events, oldest first. Imported for its side effect wherever partnership events
 * are read (the decider, the app module), so every reader sees only the current shape.
 *
 * ProfessionalDevelopmentDelivered
 *   v1 { partnershipId, lea, date, hours, attendees, topic }
 *   v2 adds `effectiveDate` (DOMAIN.md rule 6: every event records the effective date it speaks about). For PD the
 *      day it was delivered is the day it speaks about, so a v1 event reads as v2 with effectiveDate = date.
 */
registerUpcaster('ProfessionalDevelopmentDelivered', 1, (data) => ({ ...data, effectiveDate: data.date }));
