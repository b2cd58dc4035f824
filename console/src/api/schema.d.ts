// Generated from the OpenAPI document by `npm run api:generate`. Do not edit.
export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (roles: admin, reporting) */
        get: operations["MetricsController_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in: role, actor and when the session ends
         * @description Authenticated by the `ledger_session` cookie (set by POST /session) or `Authorization: Bearer <api key>`. Roles: every role.
         */
        get: operations["SessionController_current"];
        put?: never;
        /**
         * Sign in with an API key: sets the ledger_session cookie
         * @description Answers the session and `Set-Cookie: ledger_session=<id>; Path=/; HttpOnly; SameSite=Strict` (+ `Secure` over HTTPS). A request whose Origin or Sec-Fetch-Site says another origin is refused (403): no site can sign a browser in. No key needed.
         */
        post: operations["SessionController_signIn"];
        /**
         * Sign out: ends the session on the server and clears the cookie
         * @description Authenticated by the `ledger_session` cookie (set by POST /session) or `Authorization: Bearer <api key>`. With the cookie it must come from the console's own origin (Origin / Sec-Fetch-Site), like every cookie request that changes something. With a bearer key there is no session to end: 204. Roles: every role.
         */
        delete: operations["SessionController_signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the event store and projections (no token needed) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The global event feed as NDJSON (application/x-ndjson), resumable by position
         * @description Each line: {position, streamId, revision, id, type, schemaVersion, data, metadata, recordedAt}; positions and revisions are decimal strings. An empty body means nothing after `after` yet.
         *
         *     Roles: reporting, compliance, admin.
         */
        get: operations["EventFeedController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * New events of the global log as server-sent events (text/event-stream)
         * @description Authenticated by the `ledger_session` cookie (a browser EventSource sends it) or `Authorization: Bearer <api key>`. Each message: `event: ledger`, `id: <position>`, `data: {"position","streamId","revision","type"}` (decimal strings). Operations and reporting get no `type` for events of artist streams (clearance and arrest events are compliance information). A `: heartbeat` comment every 15 s. The stream ends when the session ends or expires. Starts after `after`, or after `Last-Event-ID` when an EventSource reconnects, else at the current head.
         *
         *     Roles: admin, compliance, operations, reporting.
         */
        get: operations["LiveEventsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log-head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event log's chain head (position + hash), as `ledger log-head` prints it
         * @description Kept outside the system, it later proves the log up to `position` unchanged: `ledger verify --log --head <file>` recomputes the chain and compares. Reads the events since the last seal.
         *
         *     Roles: admin, compliance.
         */
        get: operations["LogHeadController_head"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the event log's hash chain, and optionally a head kept earlier (what `ledger verify --log [--head]` does)
         * @description Starts the check and answers 202 at once; read its progress and result at GET /log-verifications/{id}. One check runs at a time (409 while one does). Read-only: nothing is recorded. Roles: admin, compliance.
         */
        post: operations["LogVerificationsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log-verifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A check of the log: its progress while it runs, then what it found
         * @description Roles: admin, compliance.
         */
        get: operations["LogVerificationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Teaching artists: search by name or id; filter by LEA, partner, and whether they may work today
         * @description Sorted by name (case- and accent-insensitively), then id. `{ items, nextCursor }`: pass `nextCursor` back as `cursor` for the next page (null on the last one). A bad `limit`, `cursor` or filter value is a 400. Answered from the `directory` projection.
         *
         *     Roles: admin, compliance, operations, reporting.
         */
        get: operations["DirectoryController_artists"];
        put?: never;
        /**
         * Register a teaching artist of a partner (ArtistRegistered)
         * @description Refusals: artist.partner-exists, artist.not-yet-registered
         *
         *     Roles: admin, operations.
         */
        post: operations["ArtistsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current state of an artist: partner, engagement, art forms, and every effective-dated clearance fact per LEA
         * @description Roles: admin, compliance, operations, reporting.
         */
        get: operations["ArtistsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artists/{id}/clearances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Was the artist cleared in this LEA on `asOf`, as known at `knownAt`? Status per required clearance, `mayWork` and the problems
         * @description Roles: admin, compliance, operations, reporting.
         */
        get: operations["ArtistClearancesController_clearances"];
        put?: never;
        /**
         * Grant a clearance by an LEA (ClearanceGranted, plus ClearanceRenewed when it replaces an earlier grant). Expiry from the evidence or the clearance policy
         * @description Refusals: clearance.not-suspended, clearance.new-evidence-after-revocation, clearance.not-already-granted; clearance.expiry-after-effective-date, clearance.expiry-within-policy
         *
         *     Roles: admin, compliance.
         */
        post: operations["ArtistsController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artists/{id}/arrest-notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a subsequent arrest notification: suspends that LEA's background check at once (ArrestNotificationReceived, ClearanceSuspended)
         * @description Refusals: clearance.arrest-notice-has-background-check, clearance.arrest-notice-not-yet-recorded
         *
         *     Roles: admin, compliance.
         */
        post: operations["ArtistsController_arrestNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artists/{id}/clearances/{requirement}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a clearance from its effective date (ClearanceSuspended)
         * @description Refusals: clearance.suspendable
         *
         *     Roles: admin, compliance.
         */
        post: operations["ArtistsController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artists/{id}/clearances/{requirement}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a clearance, e.g. after a serious conviction (ClearanceRevoked). Final: only a new grant on new evidence restores it
         * @description Refusals: clearance.revocable
         *
         *     Roles: admin, compliance.
         */
        post: operations["ArtistsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artists/{id}/clearances/{requirement}/reinstatement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift a suspension on evidence (ClearanceReinstated)
         * @description Refusals: clearance.reinstatement-needs-suspension: the clearance is not suspended on that date, or was revoked
         *
         *     Roles: admin, compliance.
         */
        post: operations["ArtistsController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artists/{id}/clearances/{requirement}/grant-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a grant recorded with a wrong date or evidence (ClearanceGrantCorrected; the original stays in the log)
         * @description Refusals: clearance.grant-correctable; clearance.expiry-after-effective-date, clearance.correction-changes-something
         *
         *     Roles: admin, compliance.
         */
        post: operations["ArtistsController_correctGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artists/{id}/clearances/{requirement}/grant-withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a grant recorded in error: it no longer counts at any date (ClearanceGrantWithdrawn)
         * @description Refusals: clearance.grant-correctable
         *
         *     Roles: admin, compliance.
         */
        post: operations["ArtistsController_withdrawGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partnerships: search by name or id; filter by LEA and status
         * @description Sorted by name (case- and accent-insensitively), then id. `{ items, nextCursor }`: pass `nextCursor` back as `cursor` for the next page (null on the last one). A bad `limit`, `cursor` or filter value is a 400. Answered from the `directory` projection.
         *
         *     Roles: admin, compliance, operations, reporting.
         */
        get: operations["DirectoryController_partnerships"];
        put?: never;
        /**
         * Propose a partnership between one or more partners and schools of an LEA (PartnershipProposed)
         * @description Refusals: partnership.unique, partnership.partners-known (409); partnership.term (422).
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current state of a partnership: schools, commitment, assignments and their suspension causes, sessions, PD, check-ins, evaluations
         * @description `state.status` is what has been recorded (a conclusion recorded now for next June already reads concluded); `today` is the status on the server's day, from the activation's and conclusion's effective dates: what the partnerships list shows; `today.assignments` likewise each assignment's status on the day (ended from its end's day, suspended inside a suspension period).
         *
         *     Roles: admin, compliance, operations, reporting.
         */
        get: operations["PartnershipsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enrol a school of the partnership's LEA (SchoolEnrolled)
         * @description Refusals: partnership.school-known, partnership.school-enrolled-once, partnership.scope, partnership.open (effective on or after a recorded conclusion) (409); partnership.school-lea (422).
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the LEA's commitment: stipends, release time, funds (CommitmentRecorded)
         * @description The partnership must be additive: a commitment declaring that it replaces the school's own sequential arts instruction is refused (422, partnership.additive). One taking effect on or after a recorded conclusion is refused (409, partnership.open).
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_commit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate the partnership (PartnershipActivated)
         * @description Needs at least one enrolled school and a recorded commitment (409 partnership.ready-to-activate lists what is missing); partnership.activated-once (409).
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a teaching artist (ArtistAssigned); the answer's id is the assignment id
         * @description Rule 1, on the start date: partnership active (assignment.partnership-active), school enrolled (assignment.school-enrolled), artist of one of its partners (assignment.artist-of-partner), that partner approved, not suspended, insured, under agreement and certified in the school's LEA (assignment.partner-standing), every clearance the LEA's policy requires for the artist's engagement valid and granted by that LEA (assignment.clearances). 409 with every problem named. 422: assignment.dates, assignment.residency-length (a residency needs at least 10 sessions), assignment.art-form.
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/assignments/{assignmentId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a session delivered (SessionLogged); the answer's id is the session id
         * @description Rule 2: refused (409) for a suspended or ended assignment (session.assignment-running), a date outside it (session.within-assignment), or a date on which a required clearance is missing, suspended, revoked or expired (session.clearances); assignment.exists for an unknown assignment.
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_logSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/sessions/{sessionId}/correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a logged session's minutes, students or notes (SessionLogCorrected)
         * @description A compensating event: the original stays in the log. Refusal: session.exists (409).
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_correctSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/assignments/{assignmentId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End an assignment (AssignmentEnded)
         * @description Refusals: assignment.exists, assignment.open (409).
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_endAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/professional-development": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record teacher professional development delivered (ProfessionalDevelopmentDelivered)
         * @description Refusal: partnership.active (409).
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_professionalDevelopment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a check-in on student growth (CheckInRecorded)
         * @description Refusal: partnership.active (409).
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an evaluation: meaningful, collaborative, additive, each 1-5 (EvaluationRecorded)
         * @description Refusal: partnership.active (409).
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew for a new term (PartnershipRenewed)
         * @description Refusals: partnership.active, partnership.open (a conclusion is recorded) (409); partnership.renewal-term (422): the new term must end after the current one.
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_renew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/conclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conclude the partnership (PartnershipConcluded); ends every assignment still running
         * @description Refusal: partnership.open (409).
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnershipsController_conclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compliance/sweeps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the expiries due as of a date (clearances, insurance, agreements)
         * @description Runs over every artist and partner; each expiry is recorded once, so running it again records nothing new. Answers 200 with what was recorded (not a single-stream command result). Roles: admin, compliance.
         */
        post: operations["ComplianceController_sweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Schools: search by name or id; filter by LEA and level
         * @description Sorted by name (case- and accent-insensitively), then id. `{ items, nextCursor }`: pass `nextCursor` back as `cursor` for the next page (null on the last one). A bad `limit`, `cursor` or filter value is a 400. Answered from the `directory` projection.
         *
         *     Roles: admin, compliance, operations, reporting.
         */
        get: operations["DirectoryController_schools"];
        put?: never;
        /**
         * Register a school of an LEA (SchoolRegistered).
         * @description 409: school.unique. 422: school.grades (grades outside the level).
         *
         *     Roles: admin, operations.
         */
        post: operations["SchoolsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current state of a school: LEA, level, grades, enrolment, Arts Leads and arts plans per school year
         * @description Roles: admin, compliance, operations, reporting.
         */
        get: operations["SchoolsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schools/{id}/arts-lead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Designate the school year's Arts Lead (ArtsLeadDesignated); a later designation for the same year replaces it.
         * @description 422: school.school-year.
         *
         *     Roles: admin, operations.
         */
        post: operations["SchoolsController_designateArtsLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schools/{id}/arts-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adopt the school year's arts plan (ArtsPlanAdopted); adopting again for the year replaces it.
         * @description 422: school.school-year, school.arts-plan-art-forms.
         *
         *     Roles: admin, operations.
         */
        post: operations["SchoolsController_adoptArtsPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schools/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a wrong name, level, grades or enrolment (SchoolDetailsCorrected); the original stays in the log. The LEA cannot be corrected: register the school again.
         * @description 422: school.grades.
         *
         *     Roles: admin, operations.
         */
        post: operations["SchoolsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partners: search by name or id; filter by LEA and roster status today
         * @description Sorted by name (case- and accent-insensitively), then id. `{ items, nextCursor }`: pass `nextCursor` back as `cursor` for the next page (null on the last one). A bad `limit`, `cursor` or filter value is a 400. Answered from the `directory` projection.
         *
         *     Roles: admin, compliance, operations, reporting.
         */
        get: operations["DirectoryController_partners"];
        put?: never;
        /**
         * Propose a partner (PartnerProposed); also proposes again to an LEA that removed it.
         * @description 409: partner.unique, partner.roster-order. 422: partner.services.
         *
         *     Roles: admin, operations.
         */
        post: operations["PartnersController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current state of a partner: profile, insurance certificates, certifications, agreements and every roster decision per LEA
         * @description `state.rosterChanges` is every decision as recorded (one recorded today may take effect next month); `today.rosterStatus` is, per LEA the partner has come before, the decision in force on the server's day: what the partners list shows.
         *
         *     Roles: admin, compliance, operations, reporting.
         */
        get: operations["PartnersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a wrong name, kind, services or art forms (PartnerDetailsCorrected); the original stays in the log.
         * @description Roles: admin, operations.
         */
        post: operations["PartnersController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{id}/insurance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a general liability certificate naming the LEA as additional insured (InsuranceCertificateAccepted).
         * @description 409: partner.insurance-unique. 422: partner.insurance-additional-insured, partner.insurance-term (expiresOn not after effectiveDate).
         *
         *     Roles: admin, compliance.
         */
        post: operations["PartnersController_acceptInsurance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{id}/insurance/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Note a cancellation notice for a policy, from its effective date (InsuranceCancellationNoted per certificate of the policy still giving cover).
         * @description 409: partner.insurance-known, partner.insurance-cancellable.
         *
         *     Roles: admin, compliance.
         */
        post: operations["PartnersController_noteCancellation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{id}/contractor-certification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the partner's signed contractor background-check certification for an LEA (ContractorCertificationAccepted).
         * @description Roles: admin, compliance.
         */
        post: operations["PartnersController_acceptCertification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute an MOU or service contract with an LEA for a term (AgreementExecuted).
         * @description 409: partner.agreement-unique. 422: partner.agreement-term (ends before it starts).
         *
         *     Roles: admin, compliance.
         */
        post: operations["PartnersController_executeAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve onto the LEA's roster (PartnerApproved): needs that LEA's insurance, agreement and contractor certification on the date.
         * @description 409: partner.approval-prerequisites (names what is missing or expired), partner.approval, partner.removed, partner.roster-order.
         *
         *     Roles: admin, compliance.
         */
        post: operations["PartnersController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{id}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend from the LEA's roster with a reason (PartnerSuspended).
         * @description 409: partner.suspension, partner.roster-order.
         *
         *     Roles: admin, compliance.
         */
        post: operations["PartnersController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{id}/reinstatement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reinstate a suspended partner (PartnerReinstated): the LEA's evidence must hold again on the date.
         * @description 409: partner.reinstatement, partner.reinstatement-prerequisites, partner.roster-order.
         *
         *     Roles: admin, compliance.
         */
        post: operations["PartnersController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{id}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove from the LEA's roster (PartnerRemoved); approval there again needs a new proposal.
         * @description 409: partner.removal, partner.roster-order.
         *
         *     Roles: admin, compliance.
         */
        post: operations["PartnersController_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pathways": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pathways: search by name or id; filter by LEA and art form
         * @description Sorted by name (case- and accent-insensitively), then id. `{ items, nextCursor }`: pass `nextCursor` back as `cursor` for the next page (null on the last one). A bad `limit`, `cursor` or filter value is a 400. Answered from the `directory` projection.
         *
         *     Roles: admin, compliance, operations, reporting.
         */
        get: operations["DirectoryController_pathways"];
        put?: never;
        /**
         * Define a pathway in one art form along a feeder pattern of registered schools of the LEA (PathwayDefined).
         * @description 409: pathway.unique, pathway.school-known. 422: pathway.feeder-pattern (a school at the wrong level, listed twice, or a level with no school), pathway.school-lea.
         *
         *     Roles: admin, operations.
         */
        post: operations["PathwaysController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pathways/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current state of a pathway: feeder pattern, courses per school and level, whole-school programmes
         * @description Roles: admin, compliance, operations, reporting.
         */
        get: operations["PathwaysController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pathways/{id}/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a course at a middle or high school of the pathway (PathwayCourseAdded). A level needs the level below at that school, or for a high school at a middle school feeding it.
         * @description 409: pathway.feeder-pattern (school not in the pattern), pathway.level-order, pathway.course-unique, pathway.partner-known. 422: pathway.course-school-level (elementary schools have whole-school programmes, not courses), pathway.school-year.
         *
         *     Roles: admin, operations.
         */
        post: operations["PathwaysController_addCourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pathways/{id}/whole-school-programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an elementary school's whole-school programme in the pathway (WholeSchoolProgrammeRecorded).
         * @description 409: pathway.feeder-pattern, pathway.programme-unique, pathway.partner-known. 422: pathway.programme-school-level (middle and high schools offer courses), pathway.school-year.
         *
         *     Roles: admin, operations.
         */
        post: operations["PathwaysController_recordProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partnership's timeline: each event in order with its actor, recorded time, effective date and the state after it
         * @description Folded from the event store itself. `until` cuts at a revision or instant; `knownAt` keeps only events recorded by then. Paged with `from`/`limit` (each step carries the whole state).
         *
         *     Roles: admin, operations, compliance, reporting.
         */
        get: operations["PartnershipTimelineController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artists/{id}/clearance-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The clearance audit trail: every clearance event with actor, recorded time, effective dates, evidence, policy version and the status after it
         * @description Roles: admin, compliance.
         */
        get: operations["ArtistClearancesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/streams/{streamId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The raw events of a stream, as stored (not upcast), a page at a time
         * @description Roles: admin, compliance.
         */
        get: operations["StreamEventsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/clearance-roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Artists and partners by status on asOf, and what expires within N days
         * @description Roles: reporting, operations, compliance, admin.
         */
        get: operations["ReportsController_clearanceRoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/arts-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per school: art forms, sessions, minutes, students; per LEA totals
         * @description Roles: reporting, operations, compliance, admin.
         */
        get: operations["ReportsController_artsAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/pathways": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per pathway and feeder pattern: levels offered, complete sequences, elementary programmes
         * @description Roles: reporting, operations, compliance, admin.
         */
        get: operations["ReportsController_pathways"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/partner-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Services and art forms offered per school, and schools with gaps
         * @description Roles: reporting, operations, compliance, admin.
         */
        get: operations["ReportsController_partnerServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/partnership-health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Days since last check-in, evaluation scores, PD hours, sessions, commitment
         * @description Roles: reporting, operations, compliance, admin.
         */
        get: operations["ReportsController_partnershipHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SignInDto: {
            /**
             * @description An API key, as used for Authorization: Bearer. Checked, never stored.
             * @example <api key>
             */
            apiKey: string;
        };
        SessionDocument: {
            /**
             * @example operations
             * @enum {string}
             */
            role: "admin" | "compliance" | "operations" | "reporting";
            /**
             * @description Recorded as the actor of every event written with this session
             * @example key:operations
             */
            actor: string;
            /**
             * @description Absolute end of the session (sign-in + SESSION_ABSOLUTE_HOURS)
             * @example 2026-03-01T21:00:00.000Z
             */
            expiresAt: string;
            /**
             * @description End if no request comes before it (last request + SESSION_IDLE_MINUTES, at most expiresAt)
             * @example 2026-03-01T09:30:00.000Z
             */
            idleExpiresAt: string;
        };
        FieldErrorDocument: {
            /** @example effectiveDate */
            field: string;
            /** @example effectiveDate must be a calendar date as YYYY-MM-DD */
            message: string;
        };
        ProblemDocument: {
            /** @example urn:partnership-ledger:problem:command-refused */
            type: string;
            /** @example Command refused */
            title: string;
            /** @example 409 */
            status: number;
            /** @example background check for LEA lausd expired on 2026-02-01 */
            detail: string;
            /** @example assignment.clearance-valid */
            rule?: string;
            errors?: components["schemas"]["FieldErrorDocument"][];
        };
        CurrentSessionDocument: {
            /**
             * @example operations
             * @enum {string}
             */
            role: "admin" | "compliance" | "operations" | "reporting";
            /** @example key:operations */
            actor: string;
            /**
             * @description null with a bearer key (it does not expire)
             * @example 2026-03-01T21:00:00.000Z
             */
            expiresAt: string | null;
            /**
             * @description null with a bearer key
             * @example 2026-03-01T09:30:00.000Z
             */
            idleExpiresAt: string | null;
            /**
             * @description How this request was authenticated
             * @enum {string}
             */
            via: "session" | "bearer";
        };
        LastSealView: {
            /**
             * @description Seals are numbered from 1
             * @example 12
             */
            number: number;
            /**
             * @description The position the seal covers the log up to (inclusive)
             * @example 12000
             */
            toPosition: string;
            /**
             * @description The seal's hash (64 hex digits)
             * @example 5b0c…
             */
            hash: string;
        };
        LogHeadView: {
            /** @example ledger-log-head/1 */
            format: string;
            /**
             * @example sqlite
             * @enum {string}
             */
            store: "sqlite" | "esdb";
            /**
             * @description The log's last position (decimal; "0" for an empty log)
             * @example 12345
             */
            position: string;
            /**
             * @description The head hash (64 hex digits): a seal over everything after the last seal, chained to it and through it to every seal before
             * @example 9f2e…
             */
            hash: string;
            /** @description The last recorded seal; null when none yet */
            lastSeal: components["schemas"]["LastSealView"] | null;
            /**
             * @description When the head was read
             * @example 2026-12-05T21:30:00.000Z
             */
            readAt: string;
        };
        KeptHeadBody: {
            /**
             * @description The position of the head (decimal)
             * @example 12345
             */
            position: string;
            /**
             * @description The head hash: 64 lowercase hex digits
             * @example 9f2e4c…
             */
            hash: string;
        };
        StartLogVerificationBody: {
            /** @description A head kept earlier: the log up to its position must still hash to it. Without it, the chain and the seals are checked. */
            head?: components["schemas"]["KeptHeadBody"];
        };
        HeadView: {
            /** @example 12345 */
            position: string;
            /** @example 9f2e4c… */
            hash: string;
        };
        LogProblemView: {
            /**
             * @example content
             * @enum {string}
             */
            kind: "content" | "order" | "missing" | "unchained" | "seal" | "head";
            /** @example partnership-lincoln */
            streamId: string | null;
            /** @example 52 */
            revision: string | null;
            /** @example 500 */
            position: string | null;
            /** @example its content does not hash to the hash stored with it: it was edited after it was written */
            message: string;
        };
        LogVerificationResultView: {
            /** @example 12345 */
            events: number;
            /** @example 310 */
            streams: number;
            /** @example 12 */
            seals: number;
            /**
             * @description Every problem found; `problems` lists the first 20
             * @example 0
             */
            problemCount: number;
            problems: components["schemas"]["LogProblemView"][];
            /** @description The head as recomputed now */
            head: components["schemas"]["HeadView"];
        };
        LogVerificationView: {
            /** @example 3f1c… */
            id: string;
            /**
             * @example running
             * @enum {string}
             */
            status: "running" | "verified" | "problems" | "failed";
            /** @example key:compliance */
            startedBy: string;
            /** @example 2026-12-05T21:30:00.000Z */
            startedAt: string;
            /** @example null */
            finishedAt: string | null;
            keptHead: components["schemas"]["HeadView"] | null;
            /**
             * @description The log's last position when the check began
             * @example 12345
             */
            untilPosition: string | null;
            /** @example 4000 */
            eventsChecked: number;
            /**
             * @description The last position checked so far
             * @example 4000
             */
            position: string | null;
            result: components["schemas"]["LogVerificationResultView"] | null;
            /** @example null */
            error: string | null;
        };
        RegisterArtistBody: {
            /**
             * @description Artist id; chosen by the server when omitted
             * @example artist-maria
             */
            id?: string;
            /**
             * @description The partner the artist works for (must have been proposed)
             * @example partner-youth-symphony
             */
            partnerId: string;
            /** @example María Ortega */
            name: string;
            /**
             * @description Decides which clearances the LEA policy requires
             * @enum {string}
             */
            engagement: "employee" | "contractor" | "volunteer";
            /**
             * @example [
             *       "music"
             *     ]
             */
            artForms: ("dance" | "music" | "theatre" | "visual-arts" | "media-arts")[];
            /**
             * @description Date the artist joins the ledger; today when omitted
             * @example 2025-08-01
             */
            effectiveDate?: string;
        };
        CommandAcceptedDocument: {
            /**
             * @description The aggregate id
             * @example 6f1c2d1e-8a4b-4f8e-9a51-0c0f6e2b7d11
             */
            id: string;
            /** @example partner-6f1c2d1e-8a4b-4f8e-9a51-0c0f6e2b7d11 */
            streamId: string;
            /**
             * @description Stream revision after the command; send it back as If-Match
             * @example 3
             */
            revision: string;
            /**
             * @description Global position; pass it as minPosition to read your writes
             * @example 1042
             */
            position?: Record<string, never> | null;
        };
        GrantClearanceBody: {
            /**
             * @description The LEA that granted (and decides about) the clearance
             * @example lausd
             */
            lea: string;
            /**
             * @description The date the decision takes effect
             * @example 2026-03-04
             */
            effectiveDate: string;
            /** @enum {string} */
            requirement: "background-check" | "tb-screening" | "sex-offender-registry-check" | "mandated-reporter-training";
            /**
             * @description Last valid day, when the evidence states one; otherwise computed from the clearance policy
             * @example 2029-09-14
             */
            expiresOn?: string;
            /**
             * @description Reference of the evidence (Live Scan ATI number, certificate id, document reference)
             * @example ATI-2025-0042
             */
            evidenceReference: string;
            /**
             * @description Result ids, e.g. the DOJ and FBI responses of a background check
             * @example [
             *       "DOJ-77120",
             *       "FBI-55310"
             *     ]
             */
            resultIds?: string[];
        };
        ArrestNotificationBody: {
            /**
             * @description The LEA that granted (and decides about) the clearance
             * @example lausd
             */
            lea: string;
            /**
             * @description The date the decision takes effect
             * @example 2026-03-04
             */
            effectiveDate: string;
            /**
             * @description Reference of the subsequent arrest notification
             * @example N-77
             */
            noticeReference: string;
        };
        ClearanceSuspensionBody: {
            /**
             * @description The LEA that granted (and decides about) the clearance
             * @example lausd
             */
            lea: string;
            /**
             * @description The date the decision takes effect
             * @example 2026-03-04
             */
            effectiveDate: string;
            /** @example pending review of a complaint */
            reason: string;
        };
        ClearanceRevocationBody: {
            /**
             * @description The LEA that granted (and decides about) the clearance
             * @example lausd
             */
            lea: string;
            /**
             * @description The date the decision takes effect
             * @example 2026-03-04
             */
            effectiveDate: string;
            /** @example serious conviction */
            reason: string;
        };
        ClearanceReinstatementBody: {
            /**
             * @description The LEA that granted (and decides about) the clearance
             * @example lausd
             */
            lea: string;
            /**
             * @description The date the decision takes effect
             * @example 2026-03-04
             */
            effectiveDate: string;
            /**
             * @description The evidence that lifts the suspension
             * @example DOJ disposition D-1203
             */
            evidenceReference: string;
        };
        ClearanceGrantCorrectionBody: {
            /** @example lausd */
            lea: string;
            /**
             * @description Which grant of this clearance (1, 2, … as recorded in ClearanceGranted)
             * @example 1
             */
            grantNumber: number;
            /**
             * @description Why the grant is corrected or withdrawn
             * @example expiry typed from the wrong certificate
             */
            reason: string;
            /** @example 2025-09-15 */
            effectiveDate?: string;
            /**
             * @description null: no fixed expiry
             * @example 2029-09-14
             */
            expiresOn?: string | null;
            /** @example ATI-2025-0043 */
            evidenceReference?: string;
        };
        ClearanceGrantWithdrawalBody: {
            /** @example lausd */
            lea: string;
            /**
             * @description Which grant of this clearance (1, 2, … as recorded in ClearanceGranted)
             * @example 1
             */
            grantNumber: number;
            /**
             * @description Why the grant is corrected or withdrawn
             * @example expiry typed from the wrong certificate
             */
            reason: string;
        };
        ProposePartnershipBody: {
            /**
             * @description Partnership id; chosen by the server when omitted
             * @example p-2026-dance-lausd
             */
            id?: string;
            /** @example Dance residencies, Eastside feeder pattern */
            name: string;
            /**
             * @description One or more partners (by id)
             * @example [
             *       "partner-1"
             *     ]
             */
            partnerIds: string[];
            /**
             * @description The LEA (district or network) the partnership serves
             * @example lausd
             */
            lea: string;
            /** @enum {string} */
            scope: "school" | "network" | "district";
            /**
             * @description A residency needs at least 10 planned sessions per assignment
             * @enum {string}
             */
            model: "co-teaching" | "residency" | "out-of-school" | "teacher-pd";
            artForms: ("dance" | "music" | "theatre" | "visual-arts" | "media-arts")[];
            /**
             * @description When the partnership was proposed
             * @example 2026-08-15
             */
            effectiveDate: string;
            /**
             * @description Last day of the initial term
             * @example 2027-06-30
             */
            termEnd?: string;
        };
        EnrolSchoolBody: {
            /** @example school-roosevelt-hs */
            schoolId: string;
            /** @example 2026-08-20 */
            effectiveDate: string;
        };
        FundsBody: {
            /** @example 12000 */
            amount: number;
            /** @example USD */
            currency: string;
        };
        RecordCommitmentBody: {
            /** @example 2026-08-20 */
            effectiveDate: string;
            /** @description Stipends for teachers taking part */
            stipends?: components["schemas"]["FundsBody"];
            /**
             * @description Release time for co-planning and PD, in hours
             * @example 24
             */
            releaseTimeHours: number;
            funds?: components["schemas"]["FundsBody"];
            /**
             * @description Does this partnership replace the school's own sequential arts instruction? It must not: true is refused with 422 (partnership.additive).
             * @example false
             */
            replacesSequentialInstruction: boolean;
            notes?: string;
        };
        EffectiveDateBody: {
            /** @example 2026-09-01 */
            effectiveDate: string;
        };
        AssignArtistBody: {
            /** @description Assignment id; chosen by the server when omitted */
            id?: string;
            /** @example artist-maria */
            artistId: string;
            /** @example school-roosevelt-hs */
            schoolId: string;
            /**
             * @description The co-teaching classroom teacher
             * @example Ms. Alvarez
             */
            classroomTeacher: string;
            /** @enum {string} */
            artForm: "dance" | "music" | "theatre" | "visual-arts" | "media-arts";
            /**
             * @description TK, K, 1 … 12
             * @example [
             *       "4",
             *       "5"
             *     ]
             */
            grades: string[];
            /** @example 2026-09-01 */
            startDate: string;
            /** @example 2026-12-18 */
            endDate: string;
            /**
             * @description At least 10 for a residency
             * @example 12
             */
            plannedSessions: number;
        };
        LogSessionBody: {
            /** @description Session id; chosen by the server when omitted */
            id?: string;
            /** @example 2026-09-08 */
            date: string;
            /** @example 50 */
            minutes: number;
            /**
             * @description Students served
             * @example 28
             */
            students: number;
            notes?: string;
        };
        CorrectSessionBody: {
            /** @example 45 */
            minutes: number;
            /** @example 27 */
            students: number;
            notes?: string;
            /** @example attendance sheet recounted */
            reason: string;
        };
        EndingBody: {
            /** @example 2027-06-30 */
            effectiveDate: string;
            /** @example term completed */
            reason: string;
        };
        ProfessionalDevelopmentBody: {
            /** @example 2026-10-05 */
            date: string;
            /** @example 3 */
            hours: number;
            /** @example 14 */
            attendees: number;
            /** @example Integrating movement into literacy blocks */
            topic: string;
        };
        CheckInBody: {
            /** @example 2026-10-15 */
            date: string;
            /** @description What the team sees in student growth */
            studentGrowthNotes: string;
            /**
             * @description Who took part in the check-in (names or roles)
             * @example Arts Lead and teaching artist
             */
            by: string;
        };
        EvaluationScoresBody: {
            meaningful: number;
            collaborative: number;
            additive: number;
        };
        EvaluationBody: {
            /** @example 2027-01-20 */
            date: string;
            scores: components["schemas"]["EvaluationScoresBody"];
            notes?: string;
        };
        RenewalBody: {
            /**
             * @description Last day of the renewed term
             * @example 2028-06-30
             */
            termEnd: string;
            /** @example 2027-05-01 */
            effectiveDate: string;
        };
        ExpirySweepBody: {
            /**
             * @description Record the expiries due by this date; today (the server's clock, UTC) when omitted
             * @example 2026-09-01
             */
            asOf?: string;
        };
        SweepCounts: {
            /** @example 3 */
            total: number;
            /**
             * @example {
             *       "ClearanceExpired": 2,
             *       "InsuranceExpired": 1
             *     }
             */
            byType: Record<string, never>;
        };
        SweptExpiryView: {
            /**
             * @description The event id: the assignment follow-ups it causes carry it as their causationId
             * @example 7d9f3c1e-2b8a-5e4f-9c0d-1a2b3c4d5e6f
             */
            id: string;
            /** @example artist-maria */
            streamId: string;
            /**
             * @description Global position of the event
             * @example 1042
             */
            position: string;
            /**
             * @description ClearanceExpired, InsuranceExpired or AgreementExpired
             * @example ClearanceExpired
             */
            type: string;
            /** @example 7 */
            revision: string;
            /** @description The event data as recorded */
            data: Record<string, never>;
        };
        ExpirySweepReportView: {
            /** @example 2026-09-01 */
            asOf: string;
            /** @example 40 */
            artistsChecked: number;
            /** @example 8 */
            partnersChecked: number;
            recorded: components["schemas"]["SweepCounts"];
            /** @description Every expiry this sweep recorded; empty when nothing new was due */
            items: components["schemas"]["SweptExpiryView"][];
        };
        RegisterSchoolBody: {
            /** @example Hollenbeck Middle School */
            name: string;
            /** @enum {string} */
            level: "elementary" | "middle" | "high";
            /**
             * @description Grades taught; must fit the level (elementary TK-6, middle 4-9, high 6-12)
             * @example [
             *       "6",
             *       "7",
             *       "8"
             *     ]
             */
            grades: ("TK" | "K" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12")[];
            /**
             * @description Students enrolled
             * @example 840
             */
            enrolment: number;
            /**
             * @description the date it takes effect; today when omitted
             * @example 2026-08-01
             */
            effectiveDate?: string;
            /**
             * @description School id; chosen by the server when omitted
             * @example hollenbeck-ms
             */
            id?: string;
            /**
             * @description The LEA (district or network) the school belongs to
             * @example lausd
             */
            lea: string;
        };
        ArtsLeadBody: {
            /** @example 2026-27 */
            schoolYear: string;
            /** @example Ana Ruiz */
            name: string;
            /** @example ana.ruiz@lausd.example */
            email?: string;
            /**
             * @description the date it takes effect; today when omitted
             * @example 2026-08-10
             */
            effectiveDate?: string;
        };
        ArtsPlanBody: {
            /** @example 2026-27 */
            schoolYear: string;
            /**
             * @description How the arts plan aligns with the school's other instructional priorities
             * @example Literacy through theatre; music for English learners
             */
            priorities: string;
            /**
             * @example [
             *       "music",
             *       "theatre"
             *     ]
             */
            artForms: ("dance" | "music" | "theatre" | "visual-arts" | "media-arts")[];
            /**
             * @description Adoption date; today when omitted
             * @example 2026-09-01
             */
            effectiveDate?: string;
        };
        CorrectSchoolDetailsBody: {
            /** @example Hollenbeck Middle School */
            name: string;
            /** @enum {string} */
            level: "elementary" | "middle" | "high";
            /**
             * @description Grades taught; must fit the level (elementary TK-6, middle 4-9, high 6-12)
             * @example [
             *       "6",
             *       "7",
             *       "8"
             *     ]
             */
            grades: ("TK" | "K" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12")[];
            /**
             * @description Students enrolled
             * @example 840
             */
            enrolment: number;
            /**
             * @description the date it takes effect; today when omitted
             * @example 2026-08-01
             */
            effectiveDate?: string;
            /**
             * @description Why the registration was wrong
             * @example enrolment was last year's figure
             */
            reason: string;
        };
        ProposePartnerBody: {
            /** @example Eastside Youth Symphony */
            name: string;
            /** @enum {string} */
            kind: "arts-nonprofit" | "youth-symphony" | "after-school-provider" | "health-service" | "food-service" | "other";
            /**
             * @example [
             *       "small-ensembles",
             *       "instruments-and-resources"
             *     ]
             */
            services: ("private-lessons" | "mentorship" | "performance-expertise" | "instruments-and-resources" | "small-ensembles" | "genres-not-taught-in-school" | "special-needs-instruction" | "advanced-ensembles" | "teacher-professional-development" | "out-of-school-hours-care" | "wraparound-access")[];
            /**
             * @description Empty for partners offering no art form (e.g. food services)
             * @example [
             *       "music"
             *     ]
             */
            artForms: ("dance" | "music" | "theatre" | "visual-arts" | "media-arts")[];
            /**
             * @description the date it takes effect; today when omitted
             * @example 2026-01-05
             */
            effectiveDate?: string;
            /**
             * @description Partner id; chosen by the server when omitted. Send the id of a partner an LEA removed to propose it to that LEA again.
             * @example eastside-youth-symphony
             */
            id?: string;
            /**
             * @description The proposing LEA
             * @example lausd
             */
            lea: string;
        };
        CorrectPartnerDetailsBody: {
            /** @example Eastside Youth Symphony */
            name: string;
            /** @enum {string} */
            kind: "arts-nonprofit" | "youth-symphony" | "after-school-provider" | "health-service" | "food-service" | "other";
            /**
             * @example [
             *       "small-ensembles",
             *       "instruments-and-resources"
             *     ]
             */
            services: ("private-lessons" | "mentorship" | "performance-expertise" | "instruments-and-resources" | "small-ensembles" | "genres-not-taught-in-school" | "special-needs-instruction" | "advanced-ensembles" | "teacher-professional-development" | "out-of-school-hours-care" | "wraparound-access")[];
            /**
             * @description Empty for partners offering no art form (e.g. food services)
             * @example [
             *       "music"
             *     ]
             */
            artForms: ("dance" | "music" | "theatre" | "visual-arts" | "media-arts")[];
            /**
             * @description the date it takes effect; today when omitted
             * @example 2026-01-05
             */
            effectiveDate?: string;
            /** @example kind was recorded as other */
            reason: string;
        };
        InsuranceCertificateBody: {
            /**
             * @description The LEA this evidence or decision is for: it does not transfer to another LEA
             * @example lausd
             */
            lea: string;
            /** @example Acme Mutual */
            carrier: string;
            /** @example GL-2026-0042 */
            policyNumber: string;
            /** @description The general liability coverage names the LEA as additional insured; a certificate without it is refused (422) */
            leaNamedAdditionalInsured: boolean;
            /** @example 2026-01-01 */
            effectiveDate: string;
            /**
             * @description Expiration date on the certificate: the first day without cover; must be after effectiveDate
             * @example 2027-01-01
             */
            expiresOn: string;
        };
        InsuranceCancellationBody: {
            /**
             * @description The LEA this evidence or decision is for: it does not transfer to another LEA
             * @example lausd
             */
            lea: string;
            /**
             * @description The cancelled policy
             * @example GL-2026-0042
             */
            policyNumber: string;
            /**
             * @description First day without cover, from the cancellation notice
             * @example 2026-03-01
             */
            effectiveDate: string;
        };
        ContractorCertificationBody: {
            /**
             * @description The LEA this evidence or decision is for: it does not transfer to another LEA
             * @example lausd
             */
            lea: string;
            /** @example 2026-01-10 */
            signedOn: string;
            /**
             * @description Where the signed certification is filed
             * @example DMS-2026-118
             */
            evidenceReference: string;
        };
        AgreementBody: {
            /**
             * @description The LEA this evidence or decision is for: it does not transfer to another LEA
             * @example lausd
             */
            lea: string;
            /**
             * @description Agreement (contract) number; chosen by the server when omitted
             * @example MOU-2026-07
             */
            agreementId?: string;
            /**
             * @description mou: no-cost memorandum of understanding; service-contract: paid
             * @enum {string}
             */
            kind: "mou" | "service-contract";
            /** @example 2026-08-01 */
            startsOn: string;
            /**
             * @description Last day of the term (included)
             * @example 2027-06-30
             */
            endsOn: string;
            /**
             * @description Execution (signing) date; today when omitted
             * @example 2026-07-15
             */
            effectiveDate?: string;
        };
        RosterDecisionBody: {
            /**
             * @description The LEA this evidence or decision is for: it does not transfer to another LEA
             * @example lausd
             */
            lea: string;
            /**
             * @description the date it takes effect; today when omitted
             * @example 2026-08-01
             */
            effectiveDate?: string;
        };
        RosterDecisionWithReasonBody: {
            /**
             * @description The LEA this evidence or decision is for: it does not transfer to another LEA
             * @example lausd
             */
            lea: string;
            /**
             * @description the date it takes effect; today when omitted
             * @example 2026-08-01
             */
            effectiveDate?: string;
            /** @example insurance lapse */
            reason: string;
        };
        FeederPatternBody: {
            /**
             * @example [
             *       "evergreen-es",
             *       "second-street-es"
             *     ]
             */
            elementarySchoolIds: string[];
            /**
             * @example [
             *       "hollenbeck-ms"
             *     ]
             */
            middleSchoolIds: string[];
            /**
             * @example [
             *       "roosevelt-hs"
             *     ]
             */
            highSchoolIds: string[];
        };
        DefinePathwayBody: {
            /**
             * @description Pathway id; chosen by the server when omitted
             * @example eastside-music
             */
            id?: string;
            /** @example lausd */
            lea: string;
            /** @example Eastside music pathway */
            name: string;
            /** @enum {string} */
            artForm: "dance" | "music" | "theatre" | "visual-arts" | "media-arts";
            /** @description Registered schools of the LEA, each listed at its own level */
            feederPattern: components["schemas"]["FeederPatternBody"];
            /**
             * @description the date it takes effect; today when omitted
             * @example 2026-08-01
             */
            effectiveDate?: string;
        };
        AddPathwayCourseBody: {
            /** @enum {string} */
            deliveredBy: "school-teacher" | "partner";
            /**
             * @description Required when deliveredBy is partner, and only then
             * @example eastside-youth-symphony
             */
            partnerId?: string;
            /** @example 2026-27 */
            schoolYear: string;
            /** @example Beginning band */
            title: string;
            /**
             * @description the date it takes effect; today when omitted
             * @example 2026-08-15
             */
            effectiveDate?: string;
            /**
             * @description Course id; chosen by the server when omitted
             * @example hollenbeck-beginning-band
             */
            courseId?: string;
            /**
             * @description A middle or high school of the feeder pattern
             * @example hollenbeck-ms
             */
            schoolId: string;
            /**
             * @description Needs the level below in the pathway at this school (or, for a high school, at a middle school feeding it)
             * @enum {string}
             */
            level: "beginning" | "intermediate" | "advanced";
        };
        WholeSchoolProgrammeBody: {
            /** @enum {string} */
            deliveredBy: "school-teacher" | "partner";
            /**
             * @description Required when deliveredBy is partner, and only then
             * @example eastside-youth-symphony
             */
            partnerId?: string;
            /** @example 2026-27 */
            schoolYear: string;
            /** @example Beginning band */
            title: string;
            /**
             * @description the date it takes effect; today when omitted
             * @example 2026-08-15
             */
            effectiveDate?: string;
            /**
             * @description Programme id; chosen by the server when omitted
             * @example evergreen-music-for-all
             */
            programmeId?: string;
            /**
             * @description An elementary school of the feeder pattern
             * @example evergreen-es
             */
            schoolId: string;
        };
        ArtistNextExpiry: {
            /** @enum {string} */
            requirement: "background-check" | "tb-screening" | "sex-offender-registry-check" | "mandated-reporter-training";
            /** @example lausd */
            lea: string;
            /**
             * Format: date
             * @description Last valid day (inclusive)
             * @example 2027-06-30
             */
            expiresOn: string;
        };
        ArtistListItem: {
            /** @example nora-callahan */
            id: string;
            /** @example Nora Callahan */
            name: string;
            /** @example harmony-arts */
            partnerId: string;
            /**
             * @description null when the partner is unknown to the directory
             * @example Harmony Arts
             */
            partnerName: string | null;
            /** @enum {string} */
            engagement: "employee" | "contractor" | "volunteer";
            artForms: ("dance" | "music" | "theatre" | "visual-arts" | "media-arts")[];
            /**
             * @description LEAs where the artist holds any clearance fact
             * @example [
             *       "lausd"
             *     ]
             */
            leas: string[];
            /** @description May work today (every clearance the LEA requires is valid): in `lea` when asked, else in at least one LEA */
            mayWork: boolean;
            /**
             * @description Of `leas`, those the artist may work in today
             * @example [
             *       "lausd"
             *     ]
             */
            mayWorkIn: string[];
            /** @description The earliest day on or after today a valid clearance lapses by expiry (in `lea` when asked) */
            nextExpiry: components["schemas"]["ArtistNextExpiry"] | null;
        };
        ArtistPage: {
            items: components["schemas"]["ArtistListItem"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        PartnerNextExpiry: {
            /** @enum {string} */
            what: "insurance" | "agreement";
            /** @example lausd */
            lea: string;
            /**
             * Format: date
             * @description Last covered day (inclusive); renewals in place count as one cover
             * @example 2027-06-30
             */
            expiresOn: string;
        };
        PartnerListItem: {
            /** @example harmony-arts */
            id: string;
            /** @example Harmony Arts */
            name: string;
            /** @enum {string} */
            kind: "arts-nonprofit" | "youth-symphony" | "after-school-provider" | "health-service" | "food-service" | "other";
            services: ("private-lessons" | "mentorship" | "performance-expertise" | "instruments-and-resources" | "small-ensembles" | "genres-not-taught-in-school" | "special-needs-instruction" | "advanced-ensembles" | "teacher-professional-development" | "out-of-school-hours-care" | "wraparound-access")[];
            artForms: ("dance" | "music" | "theatre" | "visual-arts" | "media-arts")[];
            /**
             * @description LEAs the partner has come before (roster, insurance, certification, agreement)
             * @example [
             *       "lausd"
             *     ]
             */
            leas: string[];
            /**
             * @description Per LEA of `leas`, the roster decision in force today (`not-yet-proposed` when none is yet)
             * @example {
             *       "lausd": "approved"
             *     }
             */
            rosterStatus: {
                [key: string]: "proposed" | "approved" | "suspended" | "removed" | "not-yet-proposed";
            };
            /**
             * @description Teaching artists registered with the partner
             * @example 12
             */
            artistCount: number;
            /** @description The earliest day on or after today insurance or agreement cover ends */
            nextExpiry: components["schemas"]["PartnerNextExpiry"] | null;
        };
        PartnerPage: {
            items: components["schemas"]["PartnerListItem"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        SchoolListItem: {
            /** @example roosevelt-elementary */
            id: string;
            /** @example Roosevelt Elementary */
            name: string;
            /** @example lausd */
            lea: string;
            /** @enum {string} */
            level: "elementary" | "middle" | "high";
            /**
             * @example [
             *       "K",
             *       "1",
             *       "2"
             *     ]
             */
            grades: string[];
            /** @example 420 */
            enrolment: number;
            /**
             * @description The Arts Lead designated for the school year that holds today; null when none is
             * @example Maria Lopez
             */
            artsLead: string | null;
            /**
             * @description Partnerships the school is enrolled in (any status)
             * @example 2
             */
            partnershipCount: number;
        };
        SchoolPage: {
            items: components["schemas"]["SchoolListItem"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        PartnershipPartner: {
            /** @example harmony-arts */
            id: string;
            /** @example Harmony Arts */
            name: string | null;
        };
        PartnershipListItem: {
            /** @example lincoln-theatre-literacy */
            id: string;
            /** @example Lincoln Theatre Literacy */
            name: string;
            /**
             * @description The first partner of the partnership
             * @example harmony-arts
             */
            partnerId: string;
            /** @example Harmony Arts */
            partnerName: string | null;
            /**
             * @example [
             *       "harmony-arts"
             *     ]
             */
            partnerIds: string[];
            partners: components["schemas"]["PartnershipPartner"][];
            /** @example lausd */
            lea: string;
            /**
             * @description The partnership's LEA, as a list
             * @example [
             *       "lausd"
             *     ]
             */
            leas: string[];
            /** @enum {string} */
            status: "proposed" | "active" | "concluded";
            /** @enum {string|null} */
            scope: "school" | "network" | "district" | null;
            /** @enum {string|null} */
            model: "co-teaching" | "residency" | "out-of-school" | "teacher-pd" | null;
            artForms: ("dance" | "music" | "theatre" | "visual-arts" | "media-arts")[];
            /** Format: date */
            termEnd: string | null;
            /** @example 2 */
            schoolCount: number;
            /** @example 4 */
            assignmentCount: number;
            /**
             * @description Assignments active on the server's day, the status `GET /partnerships/{id}` gives in `today.assignments`: not ended by then (an end recorded ahead counts from its own day) and not inside a suspension period
             * @example 3
             */
            activeAssignmentCount: number;
            /**
             * @description Sessions logged (corrections do not add any), including any dated after today
             * @example 36
             */
            sessionCount: number;
        };
        PartnershipPage: {
            items: components["schemas"]["PartnershipListItem"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        PathwayFeederCounts: {
            /** @example 3 */
            elementary: number;
            /** @example 1 */
            middle: number;
            /** @example 1 */
            high: number;
        };
        PathwayListItem: {
            /** @example eastside-music */
            id: string;
            /** @example Eastside music pathway */
            name: string;
            /** @example lausd */
            lea: string;
            /** @enum {string} */
            artForm: "dance" | "music" | "theatre" | "visual-arts" | "media-arts";
            /** @description Schools of the feeder pattern per stage */
            feederPattern: components["schemas"]["PathwayFeederCounts"];
            /**
             * @description Schools of the feeder pattern, all stages
             * @example 5
             */
            feederSchoolCount: number;
            /** @example 3 */
            courseCount: number;
            /** @example 2 */
            wholeSchoolProgrammeCount: number;
            /** @description Course levels offered, in sequence order */
            levels: ("beginning" | "intermediate" | "advanced")[];
        };
        PathwayPage: {
            items: components["schemas"]["PathwayListItem"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    MetricsController_metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SessionController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentSessionDocument"];
                };
            };
            /** @description No valid session cookie or bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SessionController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            /** @description Signed in; the cookie is set. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDocument"];
                };
            };
            /** @description Unknown field, or apiKey missing or not a string. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The key is not a valid API key (no cookie is set). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Sent from another origin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SessionController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; `Set-Cookie: ledger_session=; Max-Age=0`. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session cookie or bearer key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Cookie request from another origin, or without Origin / Sec-Fetch-Site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Something is down; the body says what */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventFeedController_events: {
        parameters: {
            query?: {
                /** @description Lines at most: default 1000, max 10000 */
                limit?: number;
                /** @description Exclusive global position to resume after (default: the start of the log) */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    LiveEventsController_events: {
        parameters: {
            query?: {
                /** @description Exclusive global position to start after (default: the current head: only new events) */
                after?: string;
            };
            header?: {
                /** @description Sent by EventSource on reconnect: resume after this position (wins over `after`) */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many live connections open; retry later. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    LogHeadController_head: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogHeadView"];
                };
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    LogVerificationsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartLogVerificationBody"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogVerificationView"];
                };
            };
        };
    };
    LogVerificationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogVerificationView"];
                };
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    DirectoryController_artists: {
        parameters: {
            query?: {
                /** @description Any part of a name or id, case- and accent-insensitively ("cafe" finds "Café"); at most 200 characters */
                q?: string;
                /** @description Rows per page, 1-200 (default 50) */
                limit?: string;
                /** @description The previous page's `nextCursor` (opaque); omit it for the first page */
                cursor?: string;
                /** @description Wait (briefly) until the projection has reached this global position. */
                minPosition?: string;
                /** @description Only artists holding a clearance fact granted by this LEA; `mayWork` and `nextExpiry` then speak about this LEA only */
                lea?: string;
                /** @description Only artists of this partner */
                partnerId?: string;
                /** @description Only artists who may (true) or may not (false) work today: in `lea` when given, else in at least one of their LEAs */
                mayWork?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Global position the answer reflects */
                    "X-Projection-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArtistPage"];
                };
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ArtistsController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterArtistBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ArtistsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ArtistClearancesController_clearances: {
        parameters: {
            query: {
                /** @description The LEA whose policy and grants count (clearances do not transfer between LEAs) */
                lea: string;
                /** @description The effective date asked about (default today) */
                asOf?: string;
                /** @description Only facts recorded by this instant count (default: everything recorded so far) */
                knownAt?: string;
                /** @description Wait (briefly) until the projection has reached this global position. */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Global position the answer reflects */
                    "X-Projection-Position"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ArtistsController_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantClearanceBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ArtistsController_arrestNotification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArrestNotificationBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ArtistsController_suspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                requirement: "background-check" | "tb-screening" | "sex-offender-registry-check" | "mandated-reporter-training";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClearanceSuspensionBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ArtistsController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                requirement: "background-check" | "tb-screening" | "sex-offender-registry-check" | "mandated-reporter-training";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClearanceRevocationBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ArtistsController_reinstate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                requirement: "background-check" | "tb-screening" | "sex-offender-registry-check" | "mandated-reporter-training";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClearanceReinstatementBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ArtistsController_correctGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                requirement: "background-check" | "tb-screening" | "sex-offender-registry-check" | "mandated-reporter-training";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClearanceGrantCorrectionBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ArtistsController_withdrawGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                requirement: "background-check" | "tb-screening" | "sex-offender-registry-check" | "mandated-reporter-training";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClearanceGrantWithdrawalBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    DirectoryController_partnerships: {
        parameters: {
            query?: {
                /** @description Any part of a name or id, case- and accent-insensitively ("cafe" finds "Café"); at most 200 characters */
                q?: string;
                /** @description Rows per page, 1-200 (default 50) */
                limit?: string;
                /** @description The previous page's `nextCursor` (opaque); omit it for the first page */
                cursor?: string;
                /** @description Wait (briefly) until the projection has reached this global position. */
                minPosition?: string;
                /** @description Only partnerships of this LEA */
                lea?: string;
                /** @description Only partnerships in this stage of their life */
                status?: "proposed" | "active" | "concluded";
                /** @description Only partnerships that have enrolled this school (what a school's page lists) */
                schoolId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Global position the answer reflects */
                    "X-Projection-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipPage"];
                };
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_propose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposePartnershipBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_enrol: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolSchoolBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_commit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCommitmentBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_activate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EffectiveDateBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignArtistBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_logSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogSessionBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_correctSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectSessionBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_endAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndingBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_professionalDevelopment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfessionalDevelopmentBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_checkIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_evaluate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_renew: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewalBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipsController_conclude: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndingBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ComplianceController_sweep: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpirySweepBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpirySweepReportView"];
                };
            };
        };
    };
    DirectoryController_schools: {
        parameters: {
            query?: {
                /** @description Any part of a name or id, case- and accent-insensitively ("cafe" finds "Café"); at most 200 characters */
                q?: string;
                /** @description Rows per page, 1-200 (default 50) */
                limit?: string;
                /** @description The previous page's `nextCursor` (opaque); omit it for the first page */
                cursor?: string;
                /** @description Wait (briefly) until the projection has reached this global position. */
                minPosition?: string;
                /** @description Only schools of this LEA */
                lea?: string;
                /** @description Only schools of this level */
                level?: "elementary" | "middle" | "high";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Global position the answer reflects */
                    "X-Projection-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolPage"];
                };
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SchoolsController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterSchoolBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SchoolsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SchoolsController_designateArtsLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtsLeadBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SchoolsController_adoptArtsPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtsPlanBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SchoolsController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectSchoolDetailsBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    DirectoryController_partners: {
        parameters: {
            query?: {
                /** @description Any part of a name or id, case- and accent-insensitively ("cafe" finds "Café"); at most 200 characters */
                q?: string;
                /** @description Rows per page, 1-200 (default 50) */
                limit?: string;
                /** @description The previous page's `nextCursor` (opaque); omit it for the first page */
                cursor?: string;
                /** @description Wait (briefly) until the projection has reached this global position. */
                minPosition?: string;
                /** @description Only partners that have come before this LEA (roster decision, insurance, certification or agreement) */
                lea?: string;
                /** @description Only partners with this roster status today (in `lea` when given, else in any LEA) */
                rosterStatus?: "proposed" | "approved" | "suspended" | "removed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Global position the answer reflects */
                    "X-Projection-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPage"];
                };
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnersController_propose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposePartnerBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnersController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectPartnerDetailsBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnersController_acceptInsurance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InsuranceCertificateBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnersController_noteCancellation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InsuranceCancellationBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnersController_acceptCertification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContractorCertificationBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnersController_executeAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnersController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterDecisionBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnersController_suspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterDecisionWithReasonBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnersController_reinstate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterDecisionBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnersController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterDecisionWithReasonBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    DirectoryController_pathways: {
        parameters: {
            query?: {
                /** @description Any part of a name or id, case- and accent-insensitively ("cafe" finds "Café"); at most 200 characters */
                q?: string;
                /** @description Rows per page, 1-200 (default 50) */
                limit?: string;
                /** @description The previous page's `nextCursor` (opaque); omit it for the first page */
                cursor?: string;
                /** @description Wait (briefly) until the projection has reached this global position. */
                minPosition?: string;
                /** @description Only pathways of this LEA */
                lea?: string;
                /** @description Only pathways in this art form */
                artForm?: "dance" | "music" | "theatre" | "visual-arts" | "media-arts";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Global position the answer reflects */
                    "X-Projection-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathwayPage"];
                };
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PathwaysController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefinePathwayBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PathwaysController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PathwaysController_addCourse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPathwayCourseBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PathwaysController_recordProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first result (200) and writes nothing. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw (the ETag); a mismatch is 412. */
                "If-Match"?: string;
                /** @description Ties logs and events to your request; echoed back. */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WholeSchoolProgrammeBody"];
            };
        };
        responses: {
            /** @description A repeat of an earlier request with the same Idempotency-Key: nothing new written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Recorded. ETag: "<revision>". */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDocument"];
                };
            };
            /** @description Invalid body, unknown field, bad date or malformed header (errors[] lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not send this command. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such aggregate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Refused by a business rule (`rule` names it), or a concurrent write. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description If-Match does not match the current revision. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed but never allowed (`rule` names it), or an Idempotency-Key reused for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PartnershipTimelineController_timeline: {
        parameters: {
            query?: {
                /** @description First revision of the page (default 0); the previous page's `nextFrom` */
                from?: string;
                /** @description Events per page, 1-1000 (default 100) */
                limit?: string;
                /** @description Cut the timeline at a revision (inclusive) or at an instant (events recorded by then) */
                until?: string;
                /** @description Only events recorded by this instant: the timeline as it was known then */
                knownAt?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ArtistClearancesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StreamEventsController_events: {
        parameters: {
            query?: {
                /** @description First revision of the page (default 0); the previous page's `nextFrom` */
                from?: string;
                /** @description Events per page, 1-1000 (default 100) */
                limit?: string;
            };
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ReportsController_clearanceRoster: {
        parameters: {
            query?: {
                /** @description Only this LEA (district or network) */
                lea?: string;
                /** @description Wait (briefly) until the projection has reached this global position. */
                minPosition?: string;
                /** @description The effective date asked about; today when omitted */
                asOf?: string;
                /** @description List what lapses within this many days after asOf (0-3650, default 30) */
                expiringWithinDays?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Global position the answer reflects */
                    "X-Projection-Position"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ReportsController_artsAccess: {
        parameters: {
            query?: {
                /** @description Only this LEA (district or network) */
                lea?: string;
                /** @description Wait (briefly) until the projection has reached this global position. */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Global position the answer reflects */
                    "X-Projection-Position"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ReportsController_pathways: {
        parameters: {
            query?: {
                /** @description Only this LEA (district or network) */
                lea?: string;
                /** @description Wait (briefly) until the projection has reached this global position. */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Global position the answer reflects */
                    "X-Projection-Position"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ReportsController_partnerServices: {
        parameters: {
            query?: {
                /** @description Only this LEA (district or network) */
                lea?: string;
                /** @description Wait (briefly) until the projection has reached this global position. */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Global position the answer reflects */
                    "X-Projection-Position"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ReportsController_partnershipHealth: {
        parameters: {
            query?: {
                /** @description Only this LEA (district or network) */
                lea?: string;
                /** @description Wait (briefly) until the projection has reached this global position. */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Global position the answer reflects */
                    "X-Projection-Position"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The caller's role may not read this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDocument"];
                    "text/csv": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
}
