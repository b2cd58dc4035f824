import { PartnershipState, SessionState } from '../partnerships/domain/partnership-state';
import { SessionLog } from '../partnerships/domain/session-log';
import { StateCodec } from './state-codec';

type EncodedPartnership = Omit<PartnershipState, 'sessions'> & { readonly sessions: readonly SessionState[] };

/** Every session, oldest first (SessionLog.toJSON shows only the newest 20), and the log rebuilt in that order. */
export const partnershipStateCodec: StateCodec<PartnershipState> = {
  encode(state) {
    const newestFirst = [...state.sessions.newestFirst()];
    return { ...state, sessions: newestFirst.reverse() } satisfies EncodedPartnership;
  },
  decode(encoded) {
    const { sessions, ...rest } = encoded as EncodedPartnership;
    let log = SessionLog.empty;
    for (const session of sessions) log = log.add(session);
    return { ...rest, sessions: log };
  },
};
