/**
 * Generated from the back office's OpenAPI document by apps/web/scripts/generate-api.ts
 * (npm run web:api): do not edit. `npm test` fails when it is stale.
 */

export interface paths {
    "/api/v1/accounting/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The journal from..to: every entry, balanced
         * @description The double-entry entries posted from the loan events on their business dates (a payment recorded late is posted on its own day, and the later payments it moved are reversed and posted again), in order of business date and log position; and the entries as of a day: the impairment by days-past-due bucket at each month-end and at to (the movement since the previous month-end), and with accrual on the interest earned not yet due (reversed the next day). limit 1 to 500 (default 100); pass nextCursor as cursor for the next page, until it is null. CSV (Accept: text/csv) and GET /accounting/journal.xlsx: the whole range, a row per line.
         */
        get: operations["AccountingController_journal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/journal.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The journal from..to as an Excel workbook
         * @description A sheet Journal, a row per line: the entry (id, business date, recorded at, source event, loan, product, kind) and the line (account, name, role, debit, credit); dates as dates, amounts as exact numbers.
         */
        get: operations["AccountingController_journalXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/ledger/{account}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account’s ledger from..to
         * @description The account’s lines in journal order, each with the balance after it, from the balance at the end of the day before from. JSON, or CSV with Accept: text/csv (the lines).
         */
        get: operations["AccountingController_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/trial-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The trial balance at the end of asOf
         * @description Every account of the chart: its number, name, role, the debits and credits of the journal up to asOf (the as-of entries of impairment and accrual at what they leave on the accounts that day) and the balance (debit − credit). knownAt: the books as known at that instant. JSON, or CSV with Accept: text/csv.
         */
        get: operations["AccountingController_trialBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a bank statement file (CODA or camt.053) and book its credit lines
         * @description Each statement (the account’s IBAN, the sequence number, the date: the same whether CODA or camt.053 delivers it) is recorded once; its credit lines with a structured communication of a loan are booked as repayments dated their value date (more than is payable: the rest an unapplied credit on the loan); the others become suspense items. Importing it again, in either format, books only what was not booked yet (alreadyRecorded per line). Debits are reported and ignored. Statements of accounts that are not the lender’s (LENDER_IBAN) are left out and named in ignoredStatements; a file with none of the lender’s is a 422 that names the accounts. 400 names the line and field of a malformed file; nothing is recorded then. position: the minPosition to read the suspense list with.
         */
        post: operations["BankStatementsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-statements/suspense": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The suspense items: received lines no loan was found for
         * @description From the bank_suspense read model: lines without a (known) structured communication, or that the loan refused, with the reason, oldest first; open ones only unless status=all (an assigned or refunded item leaves the open list). limit 1 to 200 (default 50); pass nextCursor as cursor for the next page, until it is null. Send the position of an import, assign or refund as minPosition to read your writes (503 read-model-behind when not reached in time).
         */
        get: operations["BankStatementsController_suspense"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-statements/suspense/{itemId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a suspense item on a loan
         * @description Booked as a matched line is: a repayment of what is payable on its value date, the rest an unapplied credit. 422 when the loan refuses it (the item stays open); 409 when it was resolved already.
         */
        post: operations["BankStatementsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-statements/suspense/{itemId}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a suspense item refunded to its payer
         * @description Closes the item; nothing is booked on any loan.
         */
        post: operations["BankStatementsController_refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Development sign-in is available (only on the embedded store without a provider) */
        get: operations["DevSignInController_info"];
        put?: never;
        /** A development token for a name and roles (only on the embedded store without a provider) */
        post: operations["DevSignInController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a first contact: the top of the intake funnel
         * @description Records InquiryRegistered in stream inquiry-<inquiryId> (inquiryId: the client’s UUID, or generated); the approval rates count inquiries by contactedOn. The enterprise number, if given, is kept in clear. No Location: an inquiry has no resource of its own to read back.
         */
        post: operations["InquiriesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of loans, newest application first
         * @description From the loans read model: filter by productCode, status, enterpriseNumber (a company’s or a sole trader’s), q (a search box: a company name’s words, a loan id’s start, a number), awaiting=second-approval (the officers’ queue, without the caller’s own proposals and registrations), officer (the loans a credit officer proposed, approved or refused) and arrears (a bucket of days past due); limit 1 to 200 (default 50); pass nextCursor as cursor for the next page, until it is null. Send a command reply’s position as minPosition to read your writes (503 read-model-behind when not reached in time). Sole traders’ names and numbers are opened here, or "[erased]".
         */
        get: operations["LoansController_list"];
        put?: never;
        /**
         * Apply for a loan (a win-win loan: ask for its registration)
         * @description Records LoanApplied, on the product version in force on the application date (a win-win loan: the deed’s signedOn). Which fields a product takes is in GET /products/{productCode} (application.requiredFields, optionalFields); guarantees get the ids g1, g2, … in order. A natural person’s name and number (a sole trader, a win-win lender, a personal surety) are stored encrypted. The rule codes are listed in docs/api.md.
         */
        post: operations["LoansController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One loan, as its events make it
         * @description Product and version, status, borrower (and lender), amounts applied and offered, rate, term, repayment, outstanding principal, the dates of each step, who registered and who approved, a pending proposal, refusal or withdrawal, guarantees with what they still cover, today’s arrears and the next instalment due, default, government claim, recoveries, write-off. Read from the loan’s own stream: always current. ETag is the version: send it as If-Match with a command, or as If-None-Match for a 304.
         */
        get: operations["LoansController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/application-information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the application holds and what is missing (DOMAIN.md 4.1)
         * @description Every information item, per personal guarantee for the guarantor items, with its English and Dutch description, its status (provided, already-known, not-applicable, missing), how it came about and who recorded it when; complete when nothing is missing.
         */
        get: operations["ApplicationObligationsController_completeness"];
        put?: never;
        /**
         * Record information items received for an application
         * @description Each item of DOMAIN.md 4.1 as provided, already known to the lender, or not applicable; guarantor items (guarantor-identity, guarantor-assets) name their personal guarantee. Only while the application is undecided. Records ApplicationInformationRecorded.
         */
        post: operations["ApplicationObligationsController_recordInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an application: the offer (a win-win loan: its registration)
         * @description On the terms of the product version in force on the contract date (approvedOn; a win-win loan: the deed’s signedOn); amount, term, rate, repayment and offer validity default to the application’s and the product’s. Four eyes: the registrar may not approve; an amount above the officer’s approval limit records LoanApprovalProposed (outcome proposed, secondApproval) and a second credit officer approves the same terms. Approving above the responsible credit maximum assessed needs responsibleMaximumOverride.justification.
         */
        post: operations["LoansController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Arrears at the end of a day
         * @description The unpaid parts of the instalments due before asOf (default today), the days past due of the oldest, what is due that day, and the next instalment to fall due. 409 before disbursement.
         */
        get: operations["LoansController_arrears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/credit-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest responsible credit assessment, with its whole computation
         * @description The decision figures (maximumCredit, monthlyCapacity, requestedAmount, withinMaximum, knockOuts, rulesVersion), who assessed it when, and details: the household and every line of the computation. The household figures are personal data: once the person is forgotten only the decision figures remain (details: null, erased: true). 404 when none was recorded.
         */
        get: operations["ApplicationObligationsController_creditAssessment"];
        put?: never;
        /**
         * Assess the household's responsible credit maximum (DOMAIN.md 3.5)
         * @description Weighted income, living-cost norm, housing and other charges give the monthly capacity and the maximum (× 50); knock-outs make it 0.00. Recorded on the application (CreditAssessmentRecorded; the latest counts): approving more is a 422 unless the officer gives responsibleMaximumOverride.justification. The household is personal data, sealed under the borrower.
         */
        post: operations["ApplicationObligationsController_recordCreditAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare an active loan in default, with its cause
         * @description Records LoanDefaulted with the principal outstanding and the arrears on that day. The cause arrears needs the oldest unpaid instalment to be over 3 months late.
         */
        post: operations["LoansController_declareDefault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/disbursement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay out the offer: the loan becomes active
         * @description Within the offer’s validity (offerValidUntil; later: 422 offer-lapsed). Records LoanDisbursed; the schedule runs from this day. An offer left undisbursed lapses by itself (a win-win registration never does).
         */
        post: operations["LoansController_disburse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The loan's documents, oldest first
         * @description Made by the documents processor from the events: the summary information document of each offer (not for a win-win registration), the written refusal statement once asked for, the notice of each refused guarantee release, the letter of each reminder issued (first-reminder, second-reminder, formal-notice), the repayment schedule of each disbursed loan with its structured communication (repayment-schedule; for a loan disbursed before communications, made when it gets one); each with its renditions (nl/fr/en × html/pdf; a document made before French existed gets its French one on first request). Send minPosition (a command reply’s position) to wait for the documents of that command (503 read-model-behind after 10 s).
         */
        get: operations["DocumentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One document as HTML or PDF, in Dutch (default), French or English
         * @description ?format=pdf or Accept: application/pdf for the PDF, else HTML; ?lang=fr for French, ?lang=en for English (amounts and dates in the language's Belgian form). A document made before French existed is rendered in French from its source event when first asked for, and kept; its Dutch and English renditions stay as they were handed over. The HTML carries Content-Security-Policy: default-src 'none' with inline style only; ETag is the rendition’s SHA-256.
         */
        get: operations["DocumentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/early-repayment-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an early repayment on a day would cost
         * @description The capital, the interest accrued on it since the last due date and the reinvestment fee (DOMAIN.md 4.3), with the computation line by line; on may lie in the future; amount or full=true. Records nothing. 409 unless the loan is active; 422 when the repayment would break a rule (the codes of POST …/early-repayments).
         */
        get: operations["LoansController_quote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/early-repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an early repayment, partial (amount) or full (full: true)
         * @description The capital, the interest accrued on it and the reinvestment fee (see the quote); records EarlyRepaymentMade with the fee’s lines. A partial repayment keeps the term: the later instalments are computed again on the lower principal; a full one also records LoanRepaid. A win-win loan is repaid early only in full (422 partial-early-repayment-not-allowed).
         */
        post: operations["LoansController_repayEarly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The loan's events, oldest first: who did what, when
         * @description Each as an envelope: eventId, type, streamId, streamVersion, globalPosition, data (its shape by type) and metadata (effectiveOn, recordedAt, actor, correlationId, causationId, schemaVersion; for an idempotent command idempotencyKey and requestHash). Natural persons’ fields are opened, or "[erased]".
         */
        get: operations["LoansController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/government-guarantee-claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a win-win loan's government guarantee
         * @description The product version's share (30 %, or 40 % for deeds signed from 2020-03-15 to 2021-12-31) of the principal definitively lost, rounded half up to the cent; for bankruptcy, manifest insolvency or dissolution during the term or within 6 months after it; once. Records GovernmentGuaranteeClaimed.
         */
        post: operations["LoansController_claimGovernmentGuarantee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/guarantees/{guaranteeId}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call upon a defaulted loan's guarantor
         * @description On a defaulted or written-off loan, for at most what the guarantee still covers; all of it when no amount is given. Records GuaranteeCalled.
         */
        post: operations["LoansController_callGuarantee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/guarantees/{guaranteeId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a guarantee, wholly or partly
         * @description Whatever became of the loan; amount absent: all it still covers. Records GuaranteeReleased.
         */
        post: operations["LoansController_releaseGuarantee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/guarantees/{guaranteeId}/release-refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse to release a guarantee (DOMAIN.md 4.5)
         * @description With the code of conduct’s reasons, each once, and the explanation the enterprise and the guarantor receive in writing; records GuaranteeReleaseRefused. The guarantee does not change; the written notice appears among the loan’s documents.
         */
        post: operations["LoansController_refuseGuaranteeRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record money received on a defaulted or written-off loan
         * @description From the borrower, a guarantor, the government guarantee, a liquidation or elsewhere; at most what is outstanding. Records RecoveryRecorded.
         */
        post: operations["LoansController_recordRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse an application with coded reasons
         * @description The code of conduct’s reasons (DOMAIN.md 4.4), at least one, and an optional explanation; records LoanRefused. The enterprise may then ask for the written refusal statement.
         */
        post: operations["LoansController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a payment towards the schedule
         * @description Applied in business-date order to the oldest instalment due, interest before principal; a back-dated payment takes its place and moves later ones (RepaymentsReallocated). It may pay everything due up to the next instalment, that one included (paid ahead of its due date); more is a 422 payment-above-amount-due: paying further ahead is an early repayment. The last instalment paid makes the loan repaid.
         */
        post: operations["LoansController_repay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The loan's current schedule and what was paid of it
         * @description The instalments from the disbursement date, those after an early repayment computed again; each with its payments (paidInterest, paidPrincipal, unpaid, settledOn) and status as of asOf (default today): paid, partly-paid, due (that day), overdue, future, written-off (what a write-off on or before asOf gave up: no arrears after it); with the payments, early repayments and the arrears as of asOf. 409 before disbursement.
         */
        get: operations["LoansController_schedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/unapplied-credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A loan's unapplied credits: money received beyond what was due
         * @description For a clerk to decide: refund, or an early repayment with its fee.
         */
        get: operations["BankStatementsController_unappliedCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The applicant withdraws, or declines the offer
         * @description Before disbursement: records ApplicationWithdrawn, from an application or an offer.
         */
        post: operations["LoansController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write off the principal still unpaid on a defaulted loan
         * @description Records LoanWrittenOff; recoveries may still be recorded afterwards.
         */
        post: operations["LoansController_writeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{loanId}/written-refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The enterprise asks for the written refusal statement
         * @description Only on a refused application, once, and within 6 months of its application (later: 422 written-refusal-too-late). Records WrittenRefusalRequested; the statement is then made among the loan’s documents.
         */
        post: operations["ApplicationObligationsController_requestWrittenRefusal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The borrower of an enterprise number, with their loans
         * @description A company, or a sole trader (whose number is sealed in the events and found by its lookup hash), with every loan they applied for, newest first. 404 when no loan names the number.
         */
        get: operations["PeopleController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{personId}/forget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forget a natural person
         * @description Destroys the person's key: their names and identifying numbers (a sole trader's enterprise number too) read as "[erased]" in every event, loan and list from then on, the documents that named them answer 410; figures and reports do not change. Records PersonForgotten in stream person-<personId> and answers with the loans that name the person. A sole trader is one person per enterprise number: when their loans give the borrower different names (the number given for someone else?), 409 person-named-differently lists the loans, and the admin confirms by sending confirmLoans with exactly those loan ids. Forgetting again answers with the first date (it is idempotent of itself: Idempotency-Key is not used). Find the person id in a loan's borrower.personId, lender.personId or a guarantee's guarantorPersonId.
         */
        post: operations["PeopleController_forget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every product: the terms in force on a day, its versions, its product sheet
         * @description `on` (default today) picks the version in force; `lang` (nl, en; default nl) the product sheet's language. A product not offered on that day has inForce and productSheet null.
         */
        get: operations["ProductsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{productCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One product: its terms in force on a day, its versions, its product sheet
         * @description The lender, what an application needs (application: contract date, required and optional fields, whether offers lapse), the version in force on `on` (amount and term limits, rate, repayment, capital holiday, offer validity, early repayment policy, product rules, notes), every version with its period and rate, and the product sheet in `lang`.
         */
        get: operations["ProductsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every projection: version, generation, status, checkpoint, lag and failure
         * @description For operators: each live generation of the read models (loans, inquiries, loan_schedules, reminders, journal, bank_suspense) with its status (active, building, degraded: stopped at an event it cannot apply, shown in failure), its position (checkpoint), the store’s head (its last event), events processed, lag and caughtUp; status degraded when any is.
         */
        get: operations["ProjectionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projections/{name}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a projection stopped at an event it could not apply (after a fix)
         * @description Forgets the failures the projection is stopped at, so that the runner tries those events at once; answers what was forgotten (empty when it was not stopped). GET /projections then shows whether it went on. npm run cli -- projections retry <name> calls this on a running back office.
         */
        post: operations["ProjectionsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-curves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every recorded curve, one per day
         * @description Each day’s latest recording, oldest day first, with who recorded it.
         */
        get: operations["ReferenceCurvesController_list"];
        put?: never;
        /**
         * Record the Euribor/IRS curve of a day
         * @description For the standard reinvestment-fee scheme and the KMO-cofinanciering’s price (IRS for its term + margin): 1 to 60 points, Euribor up to 12 months and IRS beyond; rates may be negative. A later recording of the same day replaces it (both stay in the log). Records ReferenceCurveRecorded in stream reference-curves.
         */
        post: operations["ReferenceCurvesController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-curves/in-force": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The curve in force on a day
         * @description The latest curve recorded on or before `on`: the one a fee or a price of that day is computed on.
         */
        get: operations["ReferenceCurvesController_inForce"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reminders issued, newest first: the work queue
         * @description From the reminders read model: each reminder letter the reminder processor issued (first, second, formal-notice), with the loan’s file number, borrower, product, the days past due and total due on the day, the structured communication to pay with, and its letter (document id and renditions: nl/fr/en × html/pdf, made by the documents processor from the same event). Filter by level and by issue date (from, to: both included); limit 1 to 200 (default 50); pass nextCursor as cursor for the next page, until it is null. Send a position as minPosition to read your writes (503 read-model-behind when not reached in time).
         */
        get: operations["RemindersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/approval-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The intake funnel: inquiries, applications and what became of them
         * @description The applications filed from `from` to `to` (dates, both included; productCode optional) and, as of asOf, how many were approved (an offer withdrawn later still counts), refused, withdrawn or are pending, with the approval rate (four decimals as a string); and the inquiries of the period. JSON, or CSV with Accept: text/csv.
         */
        get: operations["ReportsController_approvalRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The portfolio by product on the as-of day
         * @description One row per product and a total: loans and principal outstanding, flows of the period (from, default 1 January of the as-of year, to asOf), arrears buckets, PAR30 and PAR90, defaults, write-offs, recoveries, the government guarantee exposure and claims. JSON, or CSV with Accept: text/csv. knownAt: as the portfolio was known at that instant (not on KurrentDB).
         */
        get: operations["ReportsController_portfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/portfolio.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole portfolio report as one self-contained HTML page
         * @description Summary, headline figures, SVG charts drawn on the server, tables; it needs nothing from the network (Content-Security-Policy: default-src 'none'). The same query as GET /reports/portfolio.
         */
        get: operations["ReportsController_portfolioHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/portfolio.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole portfolio report’s model as JSON
         * @description What the HTML, the workbook and the CSVs are rendered from: summary, headline figures, sections of charts and tables whose cells are exact decimal strings or counts (npm run report reads it from a running back office).
         */
        get: operations["ReportsController_portfolioModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/portfolio.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole portfolio report as an Excel workbook
         * @description A sheet per table, EUR and date formats, frozen headers; an amount is written as a number only if it reads back as the same decimal.
         */
        get: operations["ReportsController_portfolioXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/winwin-by-province": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Win-win registrations by the borrower’s province
         * @description The registrations of the months from..to by province, most loans first, with the total. JSON, or CSV with Accept: text/csv.
         */
        get: operations["ReportsController_winwinByProvince"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/winwin-monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Win-win registrations by month and term
         * @description By the month of registration (the approval) and the term in whole years, with month totals and the total; from and to are months (YYYY-MM), by default the twelve up to the as-of month. JSON, or CSV with Accept: text/csv (the rows).
         */
        get: operations["ReportsController_winwinMonthly"];
        put?: never;
        post?: never;
        delete?: never;
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
        /**
         * The event store's and the read models' state
         * @description No token needed, no rate limit. 200 ok; 200 degraded when a read model is stopped at an event it cannot apply (commands and the other read models still work: keep the instance in the load balancer; projections.degraded names each one, its lag and the event); 503 unavailable when the event store does not answer.
         */
        get: operations["HealthController_health"];
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
        AddressDto: {
            /** @example Gent */
            municipality: string;
            /**
             * @description Belgian: 1000 to 9999
             * @example 9000
             */
            postalCode: string;
            /**
             * @description Street and number (and box)
             * @example Veldstraat 12 bus 3
             */
            street: string;
        };
        AgreedRateDto: {
            /**
             * @description Agreed in the contract (win-win: the deed) (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "agreed";
            /** @example 0.07 */
            max: string | null;
            /** @example 0.07 */
            min: string | null;
        };
        AllocationDto: {
            /**
             * Format: date
             * @example 2022-03-15
             */
            dueOn: string;
            /**
             * @description The instalment number
             * @example 1
             */
            instalment: number;
            /** @example 25000.00 */
            interest: string;
            /** @example 25000.00 */
            principal: string;
        };
        AmountDueDto: {
            /**
             * @description Instalments with something unpaid
             * @example 1
             */
            instalments: number;
            /** @example 145.83 */
            interest: string;
            /**
             * Format: date
             * @description The oldest of them; null when nothing is unpaid
             * @example 2022-03-15
             */
            oldestDueOn: string | null;
            /** @example 349.20 */
            principal: string;
            /** @example 495.03 */
            total: string;
        };
        AmountRangeDto: {
            /** @example 25000.00 */
            max: string;
            /** @example 2500.00 */
            min: string;
        };
        ApplicationInformationDto: {
            /** @description Nothing is missing */
            complete: boolean;
            /** @description Every item, missing ones too */
            items: components["schemas"]["InformationItemViewDto"][];
            /** Format: uuid */
            loanId: string;
            missing: components["schemas"]["InformationItemViewDto"][];
            /** @enum {string} */
            status: "applied" | "approved" | "refused" | "withdrawn" | "lapsed" | "active" | "repaid" | "defaulted" | "written-off";
            /** @example 2 */
            version: number;
        };
        ApplyForLoanDto: {
            /**
             * @description EUR, a decimal string with at most two decimals
             * @example 25000.00
             */
            amount: string;
            /**
             * @description Win-win: the rate agreed in the deed
             * @example 0.0125
             */
            annualRate?: string;
            /**
             * Format: date
             * @example 2022-03-01
             */
            appliedOn: string;
            borrower: components["schemas"]["BorrowerDto"];
            /** @description Co-financing: the partner's financing */
            coFinancing?: components["schemas"]["CoFinancingDto"];
            /**
             * Format: uuid
             * @description Co-financing: the loan id of the Startlening applied for at the same time
             */
            combinedWithLoanId?: string;
            /** @description Securities offered with the application; they get the ids g1, g2, ... in this order */
            guarantees?: components["schemas"]["GuaranteeDto"][];
            /**
             * @description Co-financing (and optionally start loan): the whole project's investment need, tangible, intangible and working capital
             * @example 400000.00
             */
            investmentNeed?: string;
            /** @description Win-win: the private lender */
            lender?: components["schemas"]["LenderDto"];
            /**
             * Format: uuid
             * @description Generated when absent
             */
            loanId?: string;
            /**
             * @description Co-financing, start loan: the own contribution that counts
             * @example 60000.00
             */
            ownContribution?: string;
            /** @description What the own contribution is made of; the parts that count must add up to ownContribution */
            ownContributionItems?: components["schemas"]["OwnContributionItemDto"][];
            /**
             * @example impulskrediet
             * @enum {string}
             */
            productCode: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening";
            /** @example oven and working capital */
            purpose: string;
            /** @description Start loan (required); co-financing of a natural person (required) */
            selfEmployment?: components["schemas"]["SelfEmploymentDto"];
            /**
             * Format: date
             * @description Win-win: the date the deed was signed (the contract date)
             * @example 2021-01-05
             */
            signedOn?: string;
            /** @description Start loan: the start-loan attest (needed to combine it with a co-financing) */
            startAttest?: components["schemas"]["StartAttestDto"];
            /** @example 60 */
            termMonths: number;
        };
        ApprovalRatesDto: {
            /**
             * @description Filed in the period
             * @example 3
             */
            applications: number;
            /**
             * @description approved / applications, four decimals half up; null without applications
             * @example 0.4900
             */
            approvalRate: string | null;
            /**
             * @description Of those, approved by asOf (an offer withdrawn later still counts)
             * @example 3
             */
            approved: number;
            /**
             * Format: date
             * @example 2022-03-15
             */
            asOf: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            from: string | null;
            /** @example 3 */
            inquiries: number;
            /**
             * @description Undecided on asOf
             * @example 3
             */
            pending: number;
            /**
             * @description null: every product
             * @enum {string|null}
             */
            productCode: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening" | null;
            /** @example 3 */
            refused: number;
            /**
             * Format: date
             * @example 2022-03-15
             */
            to: string | null;
            /**
             * @description Withdrawn before a decision
             * @example 3
             */
            withdrawn: number;
        };
        ApproveLoanDto: {
            /**
             * @description Defaults to the amount applied for
             * @example 25000.00
             */
            amount?: string;
            /**
             * @description Defaults to the product's rate on the approval date (co-financing: priced from the IRS curve in force that day; a different rate is a 422)
             * @example 0.07
             */
            annualRate?: string;
            /**
             * Format: date
             * @description The contract date; it sets the product version and rate
             * @example 2022-03-15
             */
            approvedOn: string;
            /**
             * @description Startlening: the written justification a capital holiday of 24 months needs (at 3.25 %)
             * @example the production line is built during the first 18 months
             */
            capitalHolidayJustification?: string;
            /** @description Securities the offer asks for beyond those given with the application; they get the next ids */
            guarantees?: components["schemas"]["GuaranteeDto"][];
            /**
             * Format: date
             * @description Defaults to the approval date plus the product's offer validity
             */
            offerValidUntil?: string;
            repayment?: components["schemas"]["RepaymentDto"];
            /** @description Approves more than the responsible credit maximum assessed for the household (DOMAIN.md 3.5), with the credit officer’s written justification; recorded with the offer */
            responsibleMaximumOverride?: components["schemas"]["ResponsibleMaximumOverrideDto"];
            /** @example 60 */
            termMonths?: number;
        };
        ArrearsFiguresDto: {
            /**
             * @description Days since the oldest instalment not fully paid fell due (0: none late)
             * @example 0
             */
            daysPastDue: number;
            /**
             * @description Instalments with something unpaid
             * @example 1
             */
            instalments: number;
            /** @example 145.83 */
            interest: string;
            /**
             * Format: date
             * @description The oldest of them; null when nothing is unpaid
             * @example 2022-03-15
             */
            oldestDueOn: string | null;
            /** @example 349.20 */
            principal: string;
            /** @example 495.03 */
            total: string;
        };
        AssessedIncomeDto: {
            /** @example 25000.00 */
            counted: string;
            description?: string;
            /** @enum {string} */
            kind: "salary" | "thirteenth-month" | "year-end-bonus" | "sheltered-employment" | "wao-benefit" | "wga-benefit" | "wajong-benefit" | "iva-benefit" | "zero-hour-contract" | "on-call" | "personal-care-budget" | "unemployment-benefit" | "social-assistance" | "shift-allowance" | "overtime-allowance" | "commission" | "alimony-received" | "self-employed" | "defence" | "temporary-contract" | "agency-work" | "sick-pay";
            /** @example 25000.00 */
            monthlyNet: string;
            /** @description Why it counts as it does */
            reason: string;
            /**
             * @description The share of it that counts
             * @example 1
             */
            weight: string;
        };
        AssessedObligationDto: {
            /** @example 25000.00 */
            amount: string;
            computation: string;
            description?: string;
            /** @enum {string} */
            kind: "revolving-credit" | "personal-loan" | "second-mortgage" | "student-debt-repaying" | "student-debt-not-repaying" | "alimony-paid" | "child-care" | "car-costs";
        };
        AssessmentLineDto: {
            /** @example 25000.00 */
            amount: string;
            /** @example weighted net income */
            label: string;
        };
        AssessmentRulesDto: {
            /**
             * Format: date
             * @example 2022-03-15
             */
            validFrom: string;
            /** @example 2022-01 */
            version: string;
        };
        AssignSuspenseItemDto: {
            /**
             * Format: uuid
             * @example d3743642-087d-4f6e-a0f4-58f54bfe68f2
             */
            loanId: string;
        };
        BorrowerDto: {
            /** @description Where the enterprise is established; printed on its documents. A sole trader’s is stored encrypted and can be forgotten. Absent: an information item still missing */
            address?: components["schemas"]["AddressDto"];
            /**
             * @description Belgian enterprise number (KBO/BCE), mod-97 checked
             * @example 0403.170.701
             */
            enterpriseNumber: string;
            /** @example Bakkerij Peeters */
            name: string;
            /**
             * @description A sole trader: the borrower is a natural person, whose name and enterprise number (their own register number) are stored encrypted and can be forgotten
             * @default false
             */
            naturalPerson: boolean;
            /**
             * @example Antwerpen
             * @enum {string}
             */
            province: "Antwerpen" | "Limburg" | "Oost-Vlaanderen" | "West-Vlaanderen" | "Vlaams-Brabant" | "Brussel" | "Henegouwen" | "Luik" | "Luxemburg" | "Namen" | "Waals-Brabant";
        };
        CallGuaranteeDto: {
            /**
             * @description EUR called; absent: all that the guarantee still covers
             * @example 5000.00
             */
            amount?: string;
            /**
             * Format: date
             * @example 2022-03-01
             */
            calledOn: string;
        };
        CapitalHolidayDto: {
            /** @description The lengths allowed; null: any whole number of months up to maxMonths */
            choices: number[] | null;
            /** @example 0 */
            maxMonths: number;
        };
        ChartSeriesDto: {
            name: string;
            /** @description One exact decimal (or integer) string per category; null: no value */
            values: (string | null)[];
        };
        ClaimGovernmentGuaranteeDto: {
            /**
             * Format: date
             * @example 2022-06-01
             */
            claimedOn: string;
            /**
             * @description The principal definitively lost, interest excluded, EUR; at most the principal outstanding at the default
             * @example 40000.00
             */
            principalLost: string;
        };
        CofinancingCombinationDto: {
            /** @example 350000.00 */
            maxTotal: string;
            /** @example 0.07 */
            minOwnEffortShare: string;
            naturalPersonWithAttest: boolean;
            /** @enum {string} */
            productCode: "startlening";
        };
        CoFinancingDto: {
            /** @example 160000.00 */
            amount: string;
            partner: components["schemas"]["CofinancingPartnerDto"];
            /** @example 84 */
            termMonths: number;
        };
        CofinancingPartnerDto: {
            /**
             * @example bank
             * @enum {string}
             */
            kind: "bank" | "business-angel" | "investment-fund" | "crowdfunding-platform";
            /**
             * @description The partner with a cooperation agreement with PMV
             * @example KBC Bank
             */
            name: string;
        };
        CofinancingRulesDto: {
            combination: components["schemas"]["CofinancingCombinationDto"];
            /** @example 24 */
            maxCofinancierTermShortfallMonths: number;
            /** @example 0.5 */
            maxInvestmentShare: string;
            /** @example 4 */
            maxOwnContributionMultiple: number;
            /** @example 0.2 */
            minCofinancingShare: string;
            /** @example 0.1 */
            minOwnContributionShare: string;
            naturalPersonMainOccupation: boolean;
        };
        CommandResultDto: {
            /** @description The loan after the command, as GET /loans/{id} shows it */
            loan: components["schemas"]["LoanDto"];
            /** Format: uuid */
            loanId: string;
            /** @description An approval that made the offer: its schedule if paid out on the approval day */
            offerSchedule?: components["schemas"]["OfferScheduleDto"];
            /**
             * @description An approval only: approved (the offer is made), or proposed (above the officer’s limit: the loan waits for a second credit officer, see secondApproval)
             * @enum {string}
             */
            outcome?: "approved" | "proposed";
            /**
             * @description The global position of the last event recorded: send it as minPosition
             * @example 17
             */
            position: number;
            /** @description The events the command recorded */
            recorded: components["schemas"]["RecordedEventDto"][];
            /** @description A proposal only: what the second officer approves, and who may not */
            secondApproval?: components["schemas"]["SecondApprovalDto"];
            /**
             * @description The loan’s status after the command
             * @example approved
             */
            status: string;
            /** @description A payment towards the schedule: what is still due at the end of its payment day (as GET /loans/{id}/arrears?asOf= shows it) */
            stillDue?: components["schemas"]["StillDueDto"];
            /**
             * @description The stream version after the command
             * @example 2
             */
            version: number;
            /** @description Accepted, but worth a look: another open application, an offer that lapses at once */
            warnings: components["schemas"]["LoanWarningDto"][];
        };
        CreditAssessmentDetailsDto: {
            /** @description The household as assessed */
            input: components["schemas"]["HouseholdDto"];
            result: components["schemas"]["CreditAssessmentResultDto"];
        };
        CreditAssessmentDto: {
            /** @example clerk-anna */
            assessedBy: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            assessedOn: string;
            /** @description The household and the whole computation; null once erased */
            details: components["schemas"]["CreditAssessmentDetailsDto"] | null;
            /**
             * @description The borrower’s; a sole trader’s is "[erased]" once forgotten
             * @example 0403.170.701
             */
            enterpriseNumber: string;
            /** @description The person was forgotten: details are gone */
            erased: boolean;
            knockOuts: ("applicant-too-young" | "applicant-too-old" | "repaid-after-85th-birthday" | "wage-garnishment" | "divorce-in-progress" | "income-below-living-cost-norm")[];
            /** Format: uuid */
            loanId: string;
            /**
             * @description The responsible credit maximum
             * @example 25000.00
             */
            maximumCredit: string;
            /**
             * @description May be negative
             * @example 25000.00
             */
            monthlyCapacity: string;
            /**
             * Format: date-time
             * @example 2022-03-15T09:30:00.000Z
             */
            recordedAt: string;
            /** @example 25000.00 */
            requestedAmount: string;
            /** @example 2022-01 */
            rulesVersion: string;
            /** @description requestedAmount ≤ maximumCredit */
            withinMaximum: boolean;
        };
        CreditAssessmentResultDto: {
            /** @example 50 */
            creditMultiplier: number;
            /** @enum {string} */
            householdType: "single" | "single-with-children" | "couple" | "couple-with-children";
            housing: components["schemas"]["HousingCostDto"];
            incomes: components["schemas"]["AssessedIncomeDto"][];
            knockOuts: components["schemas"]["KnockOutDto"][];
            lines: components["schemas"]["AssessmentLineDto"][];
            livingCostNorm: components["schemas"]["LivingCostNormDto"];
            /** @example 25000.00 */
            maximumCredit: string;
            /**
             * @description May be negative
             * @example 25000.00
             */
            monthlyCapacity: string;
            obligations: components["schemas"]["AssessedObligationDto"][];
            /** @example 25000.00 */
            requestedAmount?: string;
            rules: components["schemas"]["AssessmentRulesDto"];
            /** @example 25000.00 */
            totalObligations: string;
            /** @example 25000.00 */
            weightedIncome: string;
            withinMaximum?: boolean;
        };
        CurvePointDto: {
            /**
             * @description Euribor up to 12 months, IRS beyond
             * @enum {string}
             */
            kind: "euribor" | "irs";
            /**
             * @description May be negative
             * @example -0.0021
             */
            rate: string;
            /** @example 60 */
            tenorMonths: number;
        };
        DeclareDefaultDto: {
            /**
             * @description arrears only once the oldest unpaid instalment is over 3 months late
             * @enum {string}
             */
            cause: "bankruptcy" | "insolvency" | "dissolution" | "arrears" | "death" | "cessation";
            /**
             * Format: date
             * @description The day of the default
             * @example 2022-02-10
             */
            on: string;
        };
        DefaultRepaymentDto: {
            /** @example 0 */
            capitalHolidayMonths: number;
            /** @enum {string} */
            frequency: "monthly" | "quarterly" | "semiannual" | "annual";
            /** @enum {string} */
            method: "annuity" | "linear" | "bullet";
        };
        DevSignInDto: {
            /**
             * @description A credit officer's approval limit; without it the back office's APPROVAL_LIMIT_DEFAULT applies
             * @example 50000.00
             */
            approvalLimit?: string;
            /**
             * @description Who signs in: the token's sub, recorded as the actor of every command (letters, digits, . _ @ -)
             * @example anna
             */
            name: string;
            /**
             * @example [
             *       "clerk"
             *     ]
             */
            roles: ("clerk" | "credit-officer" | "analyst" | "admin" | "accountant")[];
        };
        DevSignInInfoDto: {
            /**
             * @description The approval limit of an officer who names none (APPROVAL_LIMIT_DEFAULT); null: none
             * @example 25000.00
             */
            defaultApprovalLimit: string | null;
            /** @description The roles one may sign in with */
            roles: ("clerk" | "credit-officer" | "analyst" | "admin" | "accountant")[];
            /** @description How long a development token lives, in seconds */
            tokenLifetimeSeconds: number;
        };
        DevSignInReplyDto: {
            /** @example 50000.00 */
            approvalLimit?: string;
            /**
             * Format: date-time
             * @description When the token expires
             */
            expiresAt: string;
            roles: ("clerk" | "credit-officer" | "analyst" | "admin" | "accountant")[];
            /** @example anna */
            sub: string;
            /** @description The bearer token: send it as Authorization: Bearer <token> */
            token: string;
        };
        DisburseLoanDto: {
            /**
             * Format: date
             * @description The day the offered amount is paid out; within the offer's validity
             * @example 2022-03-20
             */
            disbursedOn: string;
        };
        DocumentRenditionDto: {
            /** @enum {string} */
            format: "html" | "pdf";
            /**
             * @description GET it with a token for the rendition
             * @example /api/v1/loans/d3743642-087d-4f6e-a0f4-58f54bfe68f2/documents/5b0f1c2e-9a7d-5e3b-8c41-7f2d6a9e0b13?lang=nl&format=pdf
             */
            href: string;
            /** @enum {string} */
            language: "nl" | "fr" | "en";
        };
        DocumentSourceDto: {
            /**
             * Format: uuid
             * @description The event the document was made from
             */
            eventId: string;
            /** @example 2 */
            globalPosition: number;
            /** @example LoanApproved */
            type: string;
        };
        EarlyRepaymentPolicyDto: {
            /** @enum {string} */
            fee: "legal-maximum" | "none";
            /** @description Part of the principal may be repaid early */
            partial: boolean;
            /**
             * @description Under the standard scheme
             * @enum {string}
             */
            standardMethod: "exact" | "approximate";
        };
        EarlyRepaymentQuoteDto: {
            /** @example 25000.00 */
            accruedInterest: string;
            /** @example 10000.00 */
            capitalRepaid: string;
            /**
             * @description The reinvestment fee
             * @example 350.00
             */
            fee: string;
            /** @enum {string} */
            feeRegime: "six-months-cap" | "standard" | "none";
            /** @description All the principal outstanding */
            full: boolean;
            /**
             * Format: date
             * @description Interest accrues on the capital from this day
             * @example 2022-03-15
             */
            interestFrom: string;
            /** @description The computation, line by line */
            lines: components["schemas"]["FeeLineDto"][];
            /** Format: uuid */
            loanId: string;
            /** @example 25000.00 */
            outstandingAfter: string;
            /** @example 25000.00 */
            outstandingBefore: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            repaidOn: string;
            /**
             * @description Capital, interest and fee
             * @example 10350.00
             */
            total: string;
            /**
             * @description The loan version the quote holds for: a payment recorded since may change it
             * @example 4
             */
            version: number;
        };
        EventMetadataDto: {
            /**
             * @description The token's sub of who did it
             * @example clerk-anna
             */
            actor?: string;
            /**
             * @description Their display name, when their token's name claim gave one
             * @example Bart Peeters
             */
            actorName?: string;
            /** @description The request id (X-Request-Id, or generated) */
            causationId?: string;
            /** @description X-Correlation-Id, else the request id */
            correlationId?: string;
            /**
             * Format: date
             * @description The business date the event takes effect
             * @example 2022-03-15
             */
            effectiveOn: string;
            /** @description The Idempotency-Key the command was sent with */
            idempotencyKey?: string;
            /**
             * Format: date-time
             * @description When it was stored
             * @example 2022-03-15T09:30:00.000Z
             */
            recordedAt: string;
            /** @description A keyed hash of the method, path and body that key came with */
            requestHash?: string;
            /**
             * @description The version of the type's data shape
             * @example 2
             */
            schemaVersion: number;
        };
        EventStoreHealthDto: {
            /** @enum {string} */
            adapter: "pglite" | "postgres" | "kurrentdb";
            /** @description Why it is down */
            detail?: string;
            /** @enum {string} */
            status: "up" | "down";
        };
        ExtendedHolidayDto: {
            /** @example 0.0325 */
            annualRate: string;
            justificationRequired: boolean;
            /** @example 24 */
            months: number;
        };
        FailedEventDto: {
            globalPosition: number;
            /** Format: uuid */
            id: string;
            /** @example loan-d3743642-087d-4f6e-a0f4-58f54bfe68f2 */
            streamId: string;
            streamVersion: number;
            /** @example 781 */
            transactionId: string;
            /** @example LoanApplied */
            type: string;
        };
        FeeLineDto: {
            /** @example six months of interest on the capital repaid early */
            label: string;
            /**
             * @description A figure of the computation, as text
             * @example 350.00
             */
            value: string;
        };
        FieldErrorDto: {
            /**
             * @description Stable: required, unknown-field, null-value, string, integer, boolean, object, array, uuid, one-of, unique, too-long, too-many, money-format, money-positive, rate-format, date-format, month-format, instant-format, out-of-range, range, enterprise-number, invalid-character, json-malformed, json-too-deep, idempotency-key, if-match, cursor, guarantee-id (docs/api.md "Errors")
             * @example money-format
             */
            code: string;
            /**
             * @description The field, as a dot path (borrower.name, items[0].status); a header by its name (If-Match, Idempotency-Key); empty for the whole body
             * @example amount
             */
            field: string;
            /**
             * @description English, or Dutch with Accept-Language: nl (Content-Language says which)
             * @example amount must be an amount as a decimal string with at most two decimals, such as "25000.00" (not a JSON number)
             */
            message: string;
        };
        FixedRateDto: {
            /** @example 0.07 */
            annualRate: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "fixed";
        };
        ForeignNationalDto: {
            monthsCreditRegistered: number;
            monthsWorkedHere: number;
        };
        ForgetPersonDto: {
            /** @description Only needed when the answer was 409 person-named-differently: exactly the loan ids that answer listed, to confirm that the person is forgotten on all of them */
            confirmLoans?: string[];
            /**
             * @description Why, for the audit trail (stored in clear in the PersonForgotten event: write no personal data here)
             * @example erasure request of 2024-05-02 (GDPR art. 17), ticket 4711
             */
            reason?: string;
        };
        ForgottenPersonDto: {
            /**
             * Format: date-time
             * @description When the person was forgotten: the first time, if asked again
             * @example 2022-03-15T09:30:00.000Z
             */
            forgottenAt: string;
            /** @description The loans that name the person (borrower, lender or guarantor), in the loans read model: those whose personal data now read "[erased]" */
            loans: string[];
            /** Format: uuid */
            personId: string;
        };
        FoundBorrowerDto: {
            /** @description Newest application first */
            loans: components["schemas"]["FoundBorrowerLoanDto"][];
            /** @description As the latest application names them; "[erased]" once forgotten */
            name: string;
            /** @description A sole trader (their number and name are personal data) */
            naturalPerson: boolean;
            /**
             * Format: uuid
             * @description A sole trader’s person id (to forget them by); null for a company
             */
            personId: string | null;
            /** @example Antwerpen */
            province: string;
        };
        FoundBorrowerLoanDto: {
            /** @example 25000.00 */
            amount: string;
            /** Format: date */
            appliedOn: string;
            /** Format: uuid */
            loanId: string;
            /** @example impulskrediet */
            productCode: string;
            /** @example active */
            status: string;
        };
        FoundBorrowersDto: {
            /** @description Usually one: the company, or the sole trader; both when the number was given for a company and for a natural person */
            borrowers: components["schemas"]["FoundBorrowerDto"][];
            /** @example 0403.170.701 */
            enterpriseNumber: string;
        };
        GovernmentClaimDto: {
            /**
             * @description The product version's share of principalLost
             * @example 25000.00
             */
            claim: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            claimedOn: string;
            /** @example 25000.00 */
            principalLost: string;
        };
        GuaranteeDto: {
            /**
             * @description What the security covers, EUR
             * @example 10000.00
             */
            amount: string;
            /** @example Jan Peeters */
            guarantor: string;
            /**
             * @description personal: a surety (a natural person, whose name is stored encrypted and can be forgotten); real: a pledge or mortgage; government: a public guarantee
             * @example personal
             * @enum {string}
             */
            kind: "personal" | "real" | "government";
        };
        HeadlineFigureDto: {
            /** @example outstanding */
            id: string;
            /** @enum {string} */
            kind: "text" | "integer" | "money" | "ratio" | "date" | "month" | "label-number";
            /** @example Outstanding principal */
            label: string;
            /** @example 3 loans outstanding */
            note?: string;
            /** @description A string for text, money, ratio, date and month; a number for counts and labels */
            value: (string | number) | null;
        };
        HealthDto: {
            eventStore: components["schemas"]["EventStoreHealthDto"];
            projections: components["schemas"]["ProjectionsHealthDto"] | components["schemas"]["ProjectionsHealthUnknownDto"];
            /**
             * @description degraded: a read model is stopped at an event; commands still work, keep the instance
             * @enum {string}
             */
            status: "ok" | "degraded";
        };
        HealthUnavailableDto: {
            eventStore: components["schemas"]["EventStoreHealthDto"];
            /** @enum {string} */
            status: "unavailable";
        };
        HouseholdDto: {
            /**
             * Format: date
             * @example 1984-05-12
             */
            applicantBirthDate: string;
            divorceInProgress: boolean;
            /**
             * @example couple-with-children
             * @enum {string}
             */
            householdType: "single" | "single-with-children" | "couple" | "couple-with-children";
            housing: components["schemas"]["HousingDto"];
            incomes: components["schemas"]["IncomeDto"][];
            obligations: components["schemas"]["ObligationDto"][];
            /**
             * @description Default: the amount applied for
             * @example 25000.00
             */
            requestedAmount?: string;
            /**
             * Format: date
             * @description The (planned) signing date: it picks the rule set
             * @example 2022-03-15
             */
            signingDate: string;
            /** @example 60 */
            termMonths: number;
            wageGarnishment: boolean;
        };
        HousingCostDto: {
            /** @example 25000.00 */
            amount: string;
            capped: boolean;
            computation: string;
            /** @enum {string} */
            tenure: "renter" | "owner" | "living-with-others";
        };
        HousingDto: {
            /**
             * @description owner: the gross mortgage charge a month, repayment and insurance included
             * @example 25000.00
             */
            mortgageGrossCharge?: string;
            /**
             * @description renter: the monthly rent
             * @example 850.00
             */
            rent?: string;
            /**
             * @description renter: the rent allowance received
             * @example 25000.00
             */
            rentAllowance?: string;
            /**
             * @description renter
             * @example 40.00
             */
            serviceCosts?: string;
            /**
             * @example renter
             * @enum {string}
             */
            tenure: "renter" | "owner" | "living-with-others";
        };
        IgnoredLineDto: {
            /** @example 25000.00 */
            amount: string;
            /** @enum {string} */
            direction: "debit";
            /**
             * @description The line’s order among the statement’s debits
             * @example D1
             */
            position: string;
            /** @enum {string} */
            reason: "debit";
        };
        IgnoredStatementDto: {
            /** @example BE71096123456769 */
            account: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            date: string;
            /** @enum {string} */
            format: "coda" | "camt.053";
            message: string;
            /** @enum {string} */
            reason: "foreign-account";
            /** @example 42 */
            sequence: string;
        };
        ImportResultDto: {
            /** @description Statements of the file of accounts that are not the lender’s: not recorded */
            ignoredStatements: components["schemas"]["IgnoredStatementDto"][];
            /**
             * @description Global position of the statements’ last event: minPosition for the suspense list
             * @example 1042
             */
            position: number;
            statements: components["schemas"]["StatementReportDto"][];
        };
        IncomeDto: {
            /** @description sick-pay: days sick so far */
            daysSick?: number;
            /** @description temporary-contract, agency-work (B) */
            declarationOfIntent?: boolean;
            /** @example partner's salary */
            description?: string;
            /** @description self-employed */
            documentedYears?: number;
            /**
             * Format: date
             * @description alimony-received: the last day it is paid
             * @example 2022-03-15
             */
            endsOn?: string;
            foreignNational?: components["schemas"]["ForeignNationalDto"];
            /** @description Employment kinds: in a probation period (not counted) */
            inProbation?: boolean;
            /**
             * @example salary
             * @enum {string}
             */
            kind: "salary" | "thirteenth-month" | "year-end-bonus" | "sheltered-employment" | "wao-benefit" | "wga-benefit" | "wajong-benefit" | "iva-benefit" | "zero-hour-contract" | "on-call" | "personal-care-budget" | "unemployment-benefit" | "social-assistance" | "shift-allowance" | "overtime-allowance" | "commission" | "alimony-received" | "self-employed" | "defence" | "temporary-contract" | "agency-work" | "sick-pay";
            /**
             * @description Net a month; every kind but self-employed
             * @example 3150.00
             */
            monthlyNet?: string;
            /**
             * @description defence: I, II, III; agency-work: A, B, C
             * @enum {string}
             */
            phase?: "I" | "II" | "III" | "A" | "B" | "C";
            /** @description temporary-contract, agency-work (B) */
            remainingContractMonths?: number;
            /** @description shift-allowance, overtime-allowance */
            structural?: boolean;
            /** @description commission: months of the last 12 */
            structuralMonths?: number;
            /** @description self-employed: the yearly profits, oldest first */
            yearlyProfits?: string[];
        };
        InformationItemDto: {
            /**
             * @description For guarantor-identity and guarantor-assets: the personal guarantee
             * @example g1
             */
            guaranteeId?: string;
            /**
             * @description DOMAIN.md 4.1
             * @enum {string}
             */
            item: "enterprise-identity" | "enterprise-address" | "group-and-shareholder-structure" | "activity-and-market-position" | "financial-results-and-plan" | "credit-purpose" | "existing-relationship-with-lender" | "outstanding-financing-elsewhere" | "securities-and-available-assets" | "negative-pledges-and-commitments" | "articles-of-association" | "social-balance-sheet" | "product-sheet-handed-over" | "guarantor-identity" | "guarantor-assets";
            /** @example annual accounts 2021 and a plan to 2024 */
            note?: string;
            /** @enum {string} */
            status: "provided" | "already-known" | "not-applicable";
        };
        InformationItemViewDto: {
            /** @example Financial results and a financial plan */
            description: string;
            /** @example Financiële resultaten en een financieel plan */
            descriptionNl: string;
            /**
             * @description Guarantor items: the personal guarantee
             * @example g1
             */
            guaranteeId?: string;
            /**
             * @example financial-results-and-plan
             * @enum {string}
             */
            item: "enterprise-identity" | "enterprise-address" | "group-and-shareholder-structure" | "activity-and-market-position" | "financial-results-and-plan" | "credit-purpose" | "existing-relationship-with-lender" | "outstanding-financing-elsewhere" | "securities-and-available-assets" | "negative-pledges-and-commitments" | "articles-of-association" | "social-balance-sheet" | "product-sheet-handed-over" | "guarantor-identity" | "guarantor-assets";
            /** @example annual accounts 2021 and a plan to 2024 */
            note?: string;
            /** @example clerk-anna */
            recordedBy?: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            recordedOn?: string;
            /**
             * @description Recorded by a clerk, or given with the application itself
             * @enum {string}
             */
            source?: "application" | "recorded";
            /** @enum {string} */
            status: "provided" | "already-known" | "not-applicable" | "missing";
        };
        InquiryResultDto: {
            /** Format: uuid */
            inquiryId: string;
            /**
             * @description Its global position: send it as minPosition to the approval rates
             * @example 17
             */
            position: number;
            /**
             * @description The stream version after it
             * @example 1
             */
            version: number;
        };
        JournalEntryDto: {
            /**
             * Format: date
             * @example 2022-03-15
             */
            businessDate: string;
            /**
             * @description A recorded entry: <source event id>:<n>; an as-of entry: <kind>:<date>:<product>[:<n>]
             * @example d3743642-087d-4f6e-a0f4-58f54bfe68f2:1
             */
            entryId: string;
            /**
             * @description disbursement, instalment, early-repayment, reallocation-reversal, reallocation-repost, default, guarantee-call, recovery, recovery-after-write-off, write-off, guarantee-exposure, guarantee-claim; as of a day: impairment, impairment-release, impairment-use, accrual, accrual-reversal
             * @example instalment
             */
            kind: string;
            /** @description Debits equal credits, always */
            lines: components["schemas"]["JournalLineDto"][];
            /**
             * Format: uuid
             * @description null: an as-of entry of the whole book
             */
            loanId: string | null;
            /** @example impulskrediet */
            productCode: string;
            /**
             * Format: date-time
             * @description When its source event was recorded; null for an as-of entry (computed for the day)
             * @example 2022-03-15T09:30:00.000Z
             */
            recordedAt: string | null;
            /** Format: uuid */
            sourceEventId: string | null;
        };
        JournalLineDto: {
            /** @example 2910 */
            account: string;
            /** @example Vorderingen op meer dan één jaar: leningen */
            accountName: string;
            /** @example 25000.00 */
            credit: string;
            /** @example 25000.00 */
            debit: string;
            /**
             * @example loans-receivable
             * @enum {string}
             */
            role: "loans-receivable" | "doubtful-loans-receivable" | "guarantee-receivable" | "bank" | "interest-income" | "fee-income" | "impairment-expense" | "impairment-allowance" | "write-off-loss" | "recovery-income" | "accrued-interest-receivable" | "memorandum-guarantee-exposure" | "memorandum-contra";
        };
        JournalPageDto: {
            entries: components["schemas"]["JournalEntryDto"][];
            /**
             * Format: date
             * @example 2022-03-15
             */
            from: string;
            /**
             * Format: date-time
             * @description As known at this instant; null: every event recorded so far
             * @example 2022-03-15T09:30:00.000Z
             */
            knownAt: string | null;
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
            /**
             * @description The global log position the books had reached
             * @example 1234
             */
            position: number;
            /**
             * Format: date
             * @example 2022-03-15
             */
            to: string;
        };
        KnockOutDto: {
            /** @enum {string} */
            code: "applicant-too-young" | "applicant-too-old" | "repaid-after-85th-birthday" | "wage-garnishment" | "divorce-in-progress" | "income-below-living-cost-norm";
            reason: string;
        };
        LedgerDto: {
            /** @example 2910 */
            account: string;
            /**
             * @description The balance at the end of to
             * @example -1250.00
             */
            closingBalance: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            from: string;
            /**
             * Format: date-time
             * @description As known at this instant; null: every event recorded so far
             * @example 2022-03-15T09:30:00.000Z
             */
            knownAt: string | null;
            lines: components["schemas"]["LedgerLineDto"][];
            /** @example Vorderingen op meer dan één jaar: leningen */
            name: string;
            /**
             * @description The balance at the end of the day before from
             * @example -1250.00
             */
            openingBalance: string;
            /**
             * @description The global log position the books had reached
             * @example 1234
             */
            position: number;
            /**
             * @example loans-receivable
             * @enum {string}
             */
            role: "loans-receivable" | "doubtful-loans-receivable" | "guarantee-receivable" | "bank" | "interest-income" | "fee-income" | "impairment-expense" | "impairment-allowance" | "write-off-loss" | "recovery-income" | "accrued-interest-receivable" | "memorandum-guarantee-exposure" | "memorandum-contra";
            /**
             * Format: date
             * @example 2022-03-15
             */
            to: string;
        };
        LedgerLineDto: {
            /**
             * @description The account’s balance after this line
             * @example -1250.00
             */
            balance: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            businessDate: string;
            /** @example 25000.00 */
            credit: string;
            /** @example 25000.00 */
            debit: string;
            /**
             * @description A recorded entry: <source event id>:<n>; an as-of entry: <kind>:<date>:<product>[:<n>]
             * @example d3743642-087d-4f6e-a0f4-58f54bfe68f2:1
             */
            entryId: string;
            /**
             * @description disbursement, instalment, early-repayment, reallocation-reversal, reallocation-repost, default, guarantee-call, recovery, recovery-after-write-off, write-off, guarantee-exposure, guarantee-claim; as of a day: impairment, impairment-release, impairment-use, accrual, accrual-reversal
             * @example instalment
             */
            kind: string;
            /**
             * Format: uuid
             * @description null: an as-of entry of the whole book
             */
            loanId: string | null;
            /**
             * Format: date-time
             * @description When its source event was recorded; null for an as-of entry (computed for the day)
             * @example 2022-03-15T09:30:00.000Z
             */
            recordedAt: string | null;
            /** Format: uuid */
            sourceEventId: string | null;
        };
        LenderDto: {
            /**
             * @description The lender's identifying number; the same number on several loans is the same lender. Stored encrypted
             * @example lender-0001
             */
            id: string;
            /**
             * @description Stored encrypted
             * @example An Janssens
             */
            name: string;
            /**
             * @example friend
             * @enum {string}
             */
            relationToBorrower: "none" | "friend" | "family" | "employee" | "spouse-or-cohabitant" | "director-or-manager" | "shareholder-over-5-percent";
        };
        LinkDto: {
            text: string;
            /** Format: uri */
            url: string;
        };
        ListedSecondApprovalDto: {
            /** @example 60000.00 */
            amount: string;
            /** @example officer-dirk */
            proposedBy: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            proposedOn: string;
        };
        LivingCostNormDto: {
            /** @example 25000.00 */
            amount: string;
            /** @example 25000.00 */
            base: string;
            computation: string;
            /** @enum {string} */
            householdType: "single" | "single-with-children" | "couple" | "couple-with-children";
            incomeBelowBase: boolean;
            /**
             * @description The share of the income above the base added
             * @example 0.07
             */
            surcharge: string;
            /** @enum {string} */
            tenure: "owner" | "renter";
        };
        LoanAddressDto: {
            /**
             * @description A sole trader's is personal data of a natural person: "[erased]" once the person is forgotten
             * @example Gent
             */
            municipality: string;
            /**
             * @description A sole trader's is personal data of a natural person: "[erased]" once the person is forgotten
             * @example 9000
             */
            postalCode: string;
            /**
             * @description A sole trader's is personal data of a natural person: "[erased]" once the person is forgotten
             * @example Veldstraat 12 bus 3
             */
            street: string;
        };
        LoanArrearsDto: {
            /**
             * Format: date
             * @description Today, in Brussels
             * @example 2022-03-15
             */
            asOf: string;
            /**
             * @description Days since the oldest instalment not fully paid fell due (0: none late)
             * @example 0
             */
            daysPastDue: number;
            /**
             * @description Instalments with something unpaid
             * @example 1
             */
            instalments: number;
            /** @example 145.83 */
            interest: string;
            /**
             * Format: date
             * @description The oldest of them; null when nothing is unpaid
             * @example 2022-03-15
             */
            oldestDueOn: string | null;
            /** @example 349.20 */
            principal: string;
            /** @example 495.03 */
            total: string;
        };
        LoanArrearsReplyDto: {
            /** @description Everything due up to and including asOf */
            amountDue: components["schemas"]["AmountDueDto"];
            /**
             * Format: date
             * @example 2022-03-15
             */
            asOf: string;
            /**
             * @description Days since the oldest instalment not fully paid fell due (0: none late)
             * @example 0
             */
            daysPastDue: number;
            /**
             * @description Instalments with something unpaid
             * @example 1
             */
            instalments: number;
            /** @example 145.83 */
            interest: string;
            /** Format: uuid */
            loanId: string;
            nextDue: components["schemas"]["NextDueDto"] | null;
            /**
             * Format: date
             * @description The oldest of them; null when nothing is unpaid
             * @example 2022-03-15
             */
            oldestDueOn: string | null;
            /** @example 25000.00 */
            outstandingPrincipal: string;
            /** @example 349.20 */
            principal: string;
            /** @enum {string} */
            status: "applied" | "approved" | "refused" | "withdrawn" | "lapsed" | "active" | "repaid" | "defaulted" | "written-off";
            /** @example 495.03 */
            total: string;
            /** @example 4 */
            version: number;
        };
        LoanBorrowerDto: {
            /** @description null: the application gave none (an information item still missing) */
            address: components["schemas"]["LoanAddressDto"] | null;
            /**
             * @description Belgian enterprise number; a sole trader's is personal data of a natural person: "[erased]" once the person is forgotten
             * @example 0403.170.701
             */
            enterpriseNumber: string;
            /**
             * @description A sole trader's is personal data of a natural person: "[erased]" once the person is forgotten
             * @example Bakkerij Peeters
             */
            name: string;
            /** @description A sole trader: the borrower is a natural person */
            naturalPerson: boolean;
            /**
             * Format: uuid
             * @description A sole trader's id in the people registry (what an admin forgets); null for a company
             */
            personId: string | null;
            /**
             * @example Antwerpen
             * @enum {string}
             */
            province: "Antwerpen" | "Limburg" | "Oost-Vlaanderen" | "West-Vlaanderen" | "Vlaams-Brabant" | "Brussel" | "Henegouwen" | "Luik" | "Luxemburg" | "Namen" | "Waals-Brabant";
        };
        LoanDefaultDto: {
            /** @enum {string} */
            cause: "bankruptcy" | "insolvency" | "dissolution" | "arrears" | "death" | "cessation";
            /**
             * Format: date
             * @example 2022-03-15
             */
            defaultedOn: string;
            /**
             * @description Principal outstanding on the day of default
             * @example 25000.00
             */
            outstandingPrincipal: string;
        };
        LoanDocumentDto: {
            /** Format: uuid */
            documentId: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            effectiveOn: string;
            /**
             * Format: date-time
             * @description The person it named was forgotten then: its renditions are gone (410)
             * @example 2022-03-15T09:30:00.000Z
             */
            erasedAt?: string;
            /**
             * Format: date-time
             * @example 2022-03-15T09:30:00.000Z
             */
            generatedAt: string;
            /**
             * @example summary-information-document
             * @enum {string}
             */
            kind: "summary-information-document" | "written-refusal-statement" | "guarantee-release-refusal-notice" | "first-reminder" | "second-reminder" | "formal-notice" | "repayment-schedule";
            /** @description Empty once erased */
            renditions: components["schemas"]["DocumentRenditionDto"][];
            source: components["schemas"]["DocumentSourceDto"];
            /** @example Samenvattend informatiedocument */
            title: string;
        };
        LoanDocumentsDto: {
            /** @description Oldest first */
            documents: components["schemas"]["LoanDocumentDto"][];
            /** Format: uuid */
            loanId: string;
        };
        LoanDto: {
            /**
             * @description The offer’s amount, else the amount applied for
             * @example 25000.00
             */
            amount: string;
            /** @example 25000.00 */
            amountApplied: string;
            /**
             * @description The offer’s rate; null before the offer
             * @example 0.07
             */
            annualRate: string | null;
            /**
             * Format: date
             * @example 2022-03-15
             */
            appliedOn: string;
            /**
             * @description The officer, or the two officers (four eyes), who approved the offer
             * @example [
             *       "officer-bart"
             *     ]
             */
            approvedBy: string[] | null;
            /**
             * Format: date
             * @example 2022-03-15
             */
            approvedOn: string | null;
            /** @description Today’s, for an active or defaulted loan */
            arrears: components["schemas"]["LoanArrearsDto"] | null;
            /**
             * @description second-approval while a proposal waits for a second officer
             * @enum {string|null}
             */
            awaiting: "second-approval" | null;
            borrower: components["schemas"]["LoanBorrowerDto"];
            default: components["schemas"]["LoanDefaultDto"] | null;
            /**
             * Format: date
             * @example 2022-03-15
             */
            disbursedOn: string | null;
            /**
             * @description The short file number (product prefix IK, WW, KC or SL, the application year, its place in that year); null for loans applied for before file numbers
             * @example IK-2022-0042
             */
            fileNumber: string | null;
            governmentClaim: components["schemas"]["GovernmentClaimDto"] | null;
            guarantees: components["schemas"]["LoanGuaranteeDto"][];
            /**
             * Format: date
             * @description The offer lapsed, not disbursed in time
             * @example 2022-03-15
             */
            lapsedOn: string | null;
            /** @description Win-win: the private lender */
            lender: components["schemas"]["LoanLenderDto"] | null;
            /** Format: uuid */
            loanId: string;
            /** @description For an active loan */
            nextDue: components["schemas"]["NextDueDto"] | null;
            /**
             * Format: date
             * @example 2022-03-15
             */
            offerValidUntil: string | null;
            /**
             * @description Disbursed, less what was repaid, recovered or written off
             * @example 25000.00
             */
            outstandingPrincipal: string;
            /**
             * @description The global position of its last event
             * @example 17
             */
            position: number;
            /**
             * @example impulskrediet
             * @enum {string}
             */
            productCode: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening";
            /**
             * @description The product version of the offer, else of the application
             * @example 2021-02-01
             */
            productVersion: string;
            proposedApproval: components["schemas"]["ProposedApprovalDto"] | null;
            /** @example oven and working capital */
            purpose: string;
            /**
             * @description Recoveries after a default
             * @example 0.00
             */
            recovered: string;
            refusal: components["schemas"]["LoanRefusalDto"] | null;
            /**
             * @description Who registered the application
             * @example clerk-anna
             */
            registeredBy: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            repaidOn: string | null;
            /** @description The offer’s; null before it */
            repayment: components["schemas"]["RepaymentTermsDto"] | null;
            /**
             * Format: date
             * @description Win-win: the day the deed was signed
             * @example 2022-03-15
             */
            signedOn: string | null;
            /**
             * @example active
             * @enum {string}
             */
            status: "applied" | "approved" | "refused" | "withdrawn" | "lapsed" | "active" | "repaid" | "defaulted" | "written-off";
            /**
             * @description The structured communication (OGM/VCS) the borrower repays with, given at disbursement; null before, and for loans disbursed earlier until the migration gives them one
             * @example +++090/9337/55493+++
             */
            structuredCommunication: string | null;
            /**
             * @description The offer’s term, else the term applied for
             * @example 60
             */
            termMonths: number;
            /**
             * @description The stream version: the ETag
             * @example 3
             */
            version: number;
            /** @description What to look at: second-open-application (loanIds), offer-lapses-at-once; worked out when asked */
            warnings: components["schemas"]["LoanWarningDto"][];
            withdrawal: components["schemas"]["LoanWithdrawalDto"] | null;
            writeOff: components["schemas"]["WriteOffDto"] | null;
        };
        LoanEventDto: {
            /** @description The event's data: its shape depends on type (libs/messaging/schemas/events/<type>.schema.json describes the stored shape). Here upcast to the current schema version, with natural persons' fields opened (or "[erased]") where the stored value holds sealed envelopes */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /** @example 17 */
            globalPosition: number;
            metadata: components["schemas"]["EventMetadataDto"];
            /** @example loan-d3743642-087d-4f6e-a0f4-58f54bfe68f2 */
            streamId: string;
            /** @example 1 */
            streamVersion: number;
            /**
             * @example LoanApplied
             * @enum {string}
             */
            type: "LoanApplied" | "LoanApproved" | "LoanApprovalProposed" | "LoanApprovalSeconded" | "LoanDisbursed" | "LoanRefused" | "ApplicationWithdrawn" | "OfferLapsed" | "InstalmentPaid" | "RepaymentsReallocated" | "EarlyRepaymentMade" | "LoanRepaid" | "GuaranteeReleased" | "GuaranteeReleaseRefused" | "LoanDefaulted" | "GuaranteeCalled" | "GovernmentGuaranteeClaimed" | "RecoveryRecorded" | "LoanWrittenOff" | "WrittenRefusalRequested" | "ApplicationInformationRecorded" | "CreditAssessmentRecorded" | "ReminderIssued" | "StructuredCommunicationAssigned" | "LoanFileNumberAssigned";
        };
        LoanEventsDto: {
            /** @description Oldest first */
            events: components["schemas"]["LoanEventDto"][];
            /** Format: uuid */
            loanId: string;
            /** @example 3 */
            version: number;
        };
        LoanGuaranteeDto: {
            /**
             * @description What it covered when given
             * @example 10000.00
             */
            amount: string;
            /** @example 0.00 */
            called: string;
            /**
             * @description Given with the application or asked for by the offer
             * @enum {string}
             */
            givenAt: "application" | "approval";
            /**
             * @description g1, g2, … in the order they were given
             * @example g1
             */
            guaranteeId: string;
            /**
             * @description A personal guarantor is personal data of a natural person: "[erased]" once the person is forgotten
             * @example Jan Peeters
             */
            guarantor: string;
            /**
             * Format: uuid
             * @description A personal guarantor's person id
             */
            guarantorPersonId: string | null;
            /** @enum {string} */
            kind: "personal" | "real" | "government";
            /** @example 4000.00 */
            released: string;
            /**
             * @description Releases refused so far
             * @example 0
             */
            releaseRefusals: number;
            /**
             * @description What it still covers
             * @example 6000.00
             */
            remaining: string;
        };
        LoanLenderDto: {
            /**
             * @description The lender's identifying number: personal data of a natural person: "[erased]" once the person is forgotten
             * @example lender-0001
             */
            id: string;
            /**
             * @description personal data of a natural person: "[erased]" once the person is forgotten
             * @example An Janssens
             */
            name: string;
            /**
             * Format: uuid
             * @description The lender's id in the people registry; null in events written before it
             */
            personId: string | null;
            /**
             * @example friend
             * @enum {string}
             */
            relationToBorrower: "none" | "friend" | "family" | "employee" | "spouse-or-cohabitant" | "director-or-manager" | "shareholder-over-5-percent";
        };
        LoanListBorrowerDto: {
            /**
             * @description A sole trader's is opened from the sealed value, "[erased]" once forgotten
             * @example 0403.170.701
             */
            enterpriseNumber: string;
            /**
             * @description A sole trader's is opened from the sealed value, "[erased]" once forgotten
             * @example Bakkerij Peeters
             */
            name: string;
            naturalPerson: boolean;
            /** Format: uuid */
            personId: string | null;
            /** @enum {string} */
            province: "Antwerpen" | "Limburg" | "Oost-Vlaanderen" | "West-Vlaanderen" | "Vlaams-Brabant" | "Brussel" | "Henegouwen" | "Luik" | "Luxemburg" | "Namen" | "Waals-Brabant";
        };
        LoanListDto: {
            /** @description Newest application first */
            items: components["schemas"]["LoanListItemDto"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        LoanListItemDto: {
            /**
             * @description The offer’s amount, else the amount applied for
             * @example 25000.00
             */
            amount: string;
            /**
             * @description The offer’s rate; null before it
             * @example 0.07
             */
            annualRate: string | null;
            /**
             * Format: date
             * @example 2022-03-15
             */
            appliedOn: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            approvedOn: string | null;
            /**
             * @description second-approval: an approval above the first officer’s limit waits
             * @enum {string|null}
             */
            awaiting: "second-approval" | null;
            borrower: components["schemas"]["LoanListBorrowerDto"];
            /**
             * @description Only with the arrears filter: days past due at the end of arrearsAsOf
             * @example 42
             */
            daysPastDue?: number;
            /**
             * @description The short file number (product prefix IK, WW, KC or SL, the application year, its place in that year); null for loans applied for before file numbers
             * @example IK-2022-0042
             */
            fileNumber: string | null;
            /** Format: uuid */
            loanId: string;
            /** @enum {string} */
            productCode: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening";
            /** @description The proposal that waits for a second officer, while it does */
            secondApproval: components["schemas"]["ListedSecondApprovalDto"] | null;
            /** @enum {string} */
            status: "applied" | "approved" | "refused" | "withdrawn" | "lapsed" | "active" | "repaid" | "defaulted" | "written-off";
            /**
             * @description The structured communication (OGM/VCS) the borrower repays with, given at disbursement; null before, and for loans disbursed earlier until the migration gives them one
             * @example +++090/9337/55493+++
             */
            structuredCommunication: string | null;
            /** @example 60 */
            termMonths: number;
            /** @example 3 */
            version: number;
        };
        LoanRefusalDto: {
            /**
             * @description Empty when none was given
             * @example Arrears with two suppliers.
             */
            explanation: string;
            reasons: ("insufficient-information-financial-position" | "insufficient-information-project" | "insufficient-information-repayment-capacity" | "negative-credit-register-information" | "insufficient-securities-or-equity" | "known-payment-arrears" | "formal-notices-other-credits" | "unconvincing-financial-position-or-plan" | "outside-lender-policy" | "history-of-enterprise-or-representatives" | "management-and-governance" | "lack-of-training-experience-competence")[];
            /**
             * Format: date
             * @example 2022-03-15
             */
            refusedOn: string;
        };
        LoanScheduleDto: {
            /** @description What a payment on asOf may pay: everything due up to and including that day */
            amountDue: components["schemas"]["AmountDueDto"];
            /** @example 0.07 */
            annualRate: string;
            /** @description At the end of asOf */
            arrears: components["schemas"]["ArrearsFiguresDto"];
            /**
             * Format: date
             * @example 2022-03-15
             */
            asOf: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            disbursedOn: string;
            earlyRepayments: components["schemas"]["ScheduleEarlyRepaymentDto"][];
            instalments: components["schemas"]["ScheduleInstalmentDto"][];
            /** Format: uuid */
            loanId: string;
            /** @example 25000.00 */
            outstandingPrincipal: string;
            /** @description Paid of the instalments up to asOf */
            paid: components["schemas"]["MoneyTotalsDto"];
            /** @description Up to asOf, in business-date order */
            payments: components["schemas"]["SchedulePaymentDto"][];
            /**
             * @description The amount disbursed
             * @example 25000.00
             */
            principal: string;
            /** @example 25000.00 */
            repaidEarly: string;
            repayment: components["schemas"]["RepaymentTermsDto"];
            /** @enum {string} */
            status: "applied" | "approved" | "refused" | "withdrawn" | "lapsed" | "active" | "repaid" | "defaulted" | "written-off";
            /**
             * @description The structured communication (OGM/VCS) the borrower repays with, given at disbursement; null before, and for loans disbursed earlier until the migration gives them one
             * @example +++090/9337/55493+++
             */
            structuredCommunication: string | null;
            /** @example 60 */
            termMonths: number;
            /** @description Of the current schedule: after an early repayment less than the loan */
            totals: components["schemas"]["MoneyTotalsDto"];
            /** @example 4 */
            version: number;
        };
        LoanWarningDto: {
            /** @enum {string} */
            code: "second-open-application" | "offer-lapses-at-once";
            /** @description The other loans it concerns */
            loanIds?: string[];
            message: string;
        };
        LoanWithdrawalDto: {
            /**
             * @description Empty when none was given
             * @example found other financing
             */
            reason: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            withdrawnOn: string;
        };
        LogCheckpointDto: {
            /** @example 17 */
            globalPosition: number;
            /**
             * @description The writing transaction (a decimal string)
             * @example 781
             */
            transactionId: string;
        };
        MoneyTotalsDto: {
            /** @example 25000.00 */
            interest: string;
            /** @example 25000.00 */
            principal: string;
            /** @example 25000.00 */
            total: string;
        };
        NextDueDto: {
            /**
             * Format: date
             * @example 2022-03-15
             */
            dueOn: string;
            /** @example 25000.00 */
            interest: string;
            /** @example 3 */
            number: number;
            /** @example 25000.00 */
            principal: string;
            /** @example 25000.00 */
            total: string;
            /**
             * @description What is still unpaid of it
             * @example 25000.00
             */
            unpaid: string;
        };
        ObligationDto: {
            /**
             * @description child-care: the allowance received
             * @example 25000.00
             */
            allowance?: string;
            /**
             * @description student-debt-not-repaying
             * @example 25000.00
             */
            debt?: string;
            /** @example car loan at Bank X */
            description?: string;
            /**
             * @example personal-loan
             * @enum {string}
             */
            kind: "revolving-credit" | "personal-loan" | "second-mortgage" | "student-debt-repaying" | "student-debt-not-repaying" | "alimony-paid" | "child-care" | "car-costs";
            /**
             * @description revolving-credit, second-mortgage
             * @example 25000.00
             */
            limit?: string;
            /**
             * @description personal-loan, student-debt-repaying, alimony-paid, car-costs, child-care
             * @example 210.00
             */
            monthlyAmount?: string;
            /**
             * @description student-debt-not-repaying
             * @enum {string}
             */
            system?: "old" | "new";
        };
        OfferScheduleDto: {
            /**
             * Format: date
             * @description The schedule is shown as if paid out that day
             */
            assumedDisbursedOn: string;
            /** Format: date */
            firstDueOn: string;
            /** @example 471.78 */
            firstInstalment: string;
            /** @example 60 */
            instalments: number;
            /** Format: date */
            lastDueOn: string;
            /** @example 471.75 */
            lastInstalment: string;
            /** @example 3306.75 */
            totalInterest: string;
            /** @example 28306.75 */
            totalToRepay: string;
        };
        OmbudsmanDto: {
            address: string;
            /** Format: email */
            email: string;
            name: string;
        };
        OwnContributionItemDto: {
            /** @example 20000.00 */
            amount: string;
            /** @example win-win loan of An Janssens, registered 2021-02-15 */
            description?: string;
            /**
             * @description own-funds, winwin-loan, subsidy-granted (definitively and irrevocably) and vipa-promise count; future-subsidy does not
             * @example winwin-loan
             * @enum {string}
             */
            kind: "own-funds" | "winwin-loan" | "subsidy-granted" | "vipa-promise" | "future-subsidy";
        };
        PersonLoanDto: {
            /**
             * Format: date
             * @example 2022-03-01
             */
            appliedOn: string;
            /** Format: uuid */
            loanId: string;
            /** @example impulskrediet */
            productCode: string;
            /** @enum {string} */
            role: "borrower" | "lender" | "guarantor";
        };
        PortfolioByProductDto: {
            /**
             * Format: date
             * @example 2022-03-15
             */
            asOf: string;
            /** @description The period of the flows */
            period: components["schemas"]["ReportPeriodDto"];
            /** @description The global position the read models had reached */
            position: number;
            products: components["schemas"]["PortfolioProductRowDto"][];
            total: components["schemas"]["PortfolioProductRowDto"];
        };
        PortfolioProductRowDto: {
            /** @example 3 */
            activeLoans: number;
            /**
             * @description Outstanding principal of loans not late
             * @example 25000.00
             */
            current: string;
            /** @example 3 */
            defaultedLoans: number;
            /** @example 3 */
            defaultedOpenLoans: number;
            /** @example 25000.00 */
            defaultedOutstanding: string;
            /** @example 25000.00 */
            defaultedPrincipal: string;
            /**
             * @description In the period
             * @example 25000.00
             */
            disbursed: string;
            /** @example 3 */
            disbursedLoans: number;
            /** @example 25000.00 */
            governmentClaimed: string;
            /** @example 3 */
            governmentClaims: number;
            /** @example 25000.00 */
            governmentExposure: string;
            /** @example 25000.00 */
            interestPaid: string;
            /** @example 25000.00 */
            late1to30: string;
            /** @example 25000.00 */
            late31to90: string;
            /** @example 25000.00 */
            lateOver90: string;
            /**
             * @description Outstanding principal on asOf
             * @example 25000.00
             */
            outstanding: string;
            /**
             * @description Unpaid instalment amounts past due
             * @example 25000.00
             */
            overdue: string;
            /** @example 25000.00 */
            par30: string;
            /** @example 3 */
            par30Loans: number;
            /**
             * @description par30 / outstanding; null without outstanding
             * @example 0.4900
             */
            par30Ratio: string | null;
            /** @example 25000.00 */
            par90: string;
            /** @example 3 */
            par90Loans: number;
            /**
             * @description par90 / outstanding; null without outstanding
             * @example 0.4900
             */
            par90Ratio: string | null;
            /** @example 25000.00 */
            principalRepaid: string;
            /**
             * @description The product’s name; Total on the total
             * @example Impulskrediet
             */
            product: string;
            /** @example 25000.00 */
            recovered: string;
            /** @example 25000.00 */
            writtenOff: string;
            /** @example 3 */
            writtenOffLoans: number;
        };
        PortfolioReportDto: {
            /**
             * Format: date
             * @example 2022-03-15
             */
            asOf: string;
            /** @description Every figure of the summary, labelled */
            figures: components["schemas"]["ReportFigureDto"][];
            /**
             * Format: date-time
             * @example 2022-03-15T09:30:00.000Z
             */
            generatedAt: string;
            headlines: components["schemas"]["HeadlineFigureDto"][];
            /**
             * Format: date-time
             * @description As known then; null: all recorded
             * @example 2022-03-15T09:30:00.000Z
             */
            knownAt: string | null;
            /**
             * @description The language of its texts and formats
             * @enum {string}
             */
            language: "nl" | "fr" | "en";
            period: components["schemas"]["ReportPeriodDto"];
            position: number;
            sections: components["schemas"]["ReportSectionDto"][];
            summary: string[];
            title: string;
        };
        ProblemDto: {
            /**
             * @description 409 conflict: the loan's status when the request was decided
             * @example approved
             */
            currentState?: string;
            /**
             * @description 409 conflict: the loan's version (send it as If-Match)
             * @example 2
             */
            currentVersion?: number;
            /** @example 1 field is invalid */
            detail?: string;
            /** @description 400 validation: every invalid field, once */
            errors?: components["schemas"]["FieldErrorDto"][];
            /**
             * @description The request path (and query) the problem is about
             * @example /api/v1/loans
             */
            instance?: string;
            /** @description 409 person-named-differently: the loans that name the person; confirm with exactly their ids */
            loans?: components["schemas"]["PersonLoanDto"][];
            /**
             * Format: uuid
             * @description 409 person-named-differently: the person asked to be forgotten
             */
            personId?: string;
            /** @description 403 forbidden: the roles that may call the route */
            requiredRoles?: ("clerk" | "credit-officer" | "analyst" | "admin" | "accountant")[];
            /** @example 400 */
            status: number;
            /** @example Invalid request */
            title: string;
            /**
             * Format: uri
             * @description https://loanbook.dev/problems/<kind>: validation (400: malformed JSON, unknown, missing or malformed fields, values out of range; errors[] names each field once); unreadable-body (400 (or 415): a body in an unsupported charset or Content-Encoding); http-400 (400 without errors[]: a path parameter a framework pipe refused (a document id that is not a UUID)); unauthenticated (401: no bearer token, or one that does not verify or has expired); forbidden (403: the token's roles may not call this route; requiredRoles says which may); not-found (404: no such loan, guarantee, document, product, person or reference curve); conflict (409: the command does not fit the loan's state, the id exists already, or If-Match names another version; currentState and currentVersion); person-named-differently (409 (forget): the loans give the sole trader different names; personId and loans[] say which to confirm); gone (410: a document whose personal data was forgotten); payload-too-large (413: a body above 64 kB); unsupported-media-type (415: a body that is not JSON); rule-violation (422: product, legal or policy rules broken, every one in violations[]); too-many-requests (429: more requests a minute than RATE_LIMIT_PER_MINUTE; see Retry-After); unavailable (503: the event store is down or refuses connections; a command recorded nothing, retry after Retry-After); read-model-behind (503: a read model did not reach minPosition in time; retry after Retry-After); internal (500: an unexpected error, logged on the server (no stack trace leaves it))
             * @example https://loanbook.dev/problems/validation
             */
            type: string;
            /** @description 422 rule-violation: every broken rule at once */
            violations?: components["schemas"]["RuleViolationDto"][];
        };
        ProductApplicationDto: {
            /**
             * @description Which date picks the product version: the approval, or the deed’s signing
             * @enum {string}
             */
            contractDate: "approvedOn" | "signedOn";
            /** @description An offer not disbursed in time lapses by itself */
            offerLapses: boolean;
            optionalFields: ("signedOn" | "lender" | "annualRate" | "investmentNeed" | "ownContribution" | "ownContributionItems" | "coFinancing" | "selfEmployment" | "startAttest" | "combinedWithLoanId")[];
            requiredFields: ("signedOn" | "lender" | "annualRate" | "investmentNeed" | "ownContribution" | "ownContributionItems" | "coFinancing" | "selfEmployment" | "startAttest" | "combinedWithLoanId")[];
        };
        ProductDto: {
            application: components["schemas"]["ProductApplicationDto"];
            /** @description null when not offered then */
            inForce: components["schemas"]["ProductTermsDto"] | null;
            lender: components["schemas"]["ProductLenderDto"];
            /** @example Impulskrediet */
            name: string;
            /** @description A version is in force on that day */
            offered: boolean;
            /**
             * Format: date
             * @example 2022-03-15
             */
            on: string;
            /** @enum {string} */
            productCode: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening";
            /** @description null when not offered then */
            productSheet: components["schemas"]["ProductSheetDto"] | null;
            versions: components["schemas"]["ProductVersionSummaryDto"][];
        };
        ProductLenderDto: {
            address: string | null;
            email: string | null;
            /** @example Hefboom cvba */
            name: string;
            phone: string | null;
            /**
             * @description registrar: the win-win loan’s
             * @enum {string}
             */
            role: "lender" | "registrar";
            /** @description Contact details the sources do not give: to be completed by the lender */
            toComplete: ("address" | "phone" | "email" | "website")[];
            website: string | null;
        };
        ProductRepaymentDto: {
            default: components["schemas"]["DefaultRepaymentDto"];
            frequencies: ("monthly" | "quarterly" | "semiannual" | "annual")[];
            methods: ("annuity" | "linear" | "bullet")[];
        };
        ProductRulesDto: {
            cofinancing?: components["schemas"]["CofinancingRulesDto"];
            startlening?: components["schemas"]["StartleningRulesDto"];
            winwin?: components["schemas"]["WinwinRulesDto"];
        };
        ProductsDto: {
            /** @enum {string} */
            language: "nl" | "en";
            /**
             * Format: date
             * @example 2022-03-15
             */
            on: string;
            products: components["schemas"]["ProductDto"][];
        };
        ProductSheetDto: {
            /** @description (iii) */
            availableTerms: string;
            /** @description (ii) */
            characteristics: string[];
            /** @description (i) */
            creditForm: string;
            /** @description (iv) */
            earlyRepayment: string;
            /** @description (vii) */
            financingAid: components["schemas"]["LinkDto"];
            /** @enum {string} */
            language: "nl" | "en";
            lender: components["schemas"]["SheetLenderDto"] | null;
            /** @description (viii) */
            ombudsman: components["schemas"]["OmbudsmanDto"];
            /** @description (v) */
            possibleCosts: string[];
            /** @enum {string} */
            productCode: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening";
            /** @example 2021-02-01 */
            productVersion: string;
            /** @example Productfiche Impulskrediet */
            title: string;
            /** @description (vi) */
            typicalUses: string[];
        };
        ProductTermsDto: {
            amount: components["schemas"]["AmountRangeDto"];
            capitalHoliday: components["schemas"]["CapitalHolidayDto"];
            earlyRepayment: components["schemas"]["EarlyRepaymentPolicyDto"];
            notes: string[];
            /** @example 30 */
            offerValidityDays: number;
            /** @example 92 */
            offerValidityMaxDays: number;
            rate: components["schemas"]["FixedRateDto"] | components["schemas"]["AgreedRateDto"] | components["schemas"]["ReferenceRateDto"];
            repayment: components["schemas"]["ProductRepaymentDto"];
            rules: components["schemas"]["ProductRulesDto"];
            term: components["schemas"]["TermRangeDto"];
            /**
             * Format: date
             * @example 2022-03-15
             */
            validFrom: string;
            /**
             * Format: date
             * @description Exclusive: the first day no longer in force
             * @example 2022-03-15
             */
            validUntil: string | null;
            /** @example 2021-02-01 */
            version: string;
        };
        ProductVersionSummaryDto: {
            inForce: boolean;
            rate: components["schemas"]["FixedRateDto"] | components["schemas"]["AgreedRateDto"] | components["schemas"]["ReferenceRateDto"];
            /**
             * Format: date
             * @example 2022-03-15
             */
            validFrom: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            validUntil: string | null;
            /** @example 2021-02-01 */
            version: string;
        };
        ProjectionDto: {
            /** @description Nothing left to read and not stopped */
            caughtUp: boolean;
            /**
             * Format: date-time
             * @example 2022-03-15T09:30:00.000Z
             */
            caughtUpAt: string | null;
            /** @description The last event read */
            checkpoint: components["schemas"]["LogCheckpointDto"];
            /**
             * Format: date-time
             * @example 2022-03-15T09:30:00.000Z
             */
            createdAt: string;
            eventsProcessed: number;
            failure: components["schemas"]["ProjectionFailureDto"] | null;
            /** @example 1 */
            generation: number;
            /**
             * @description Whether it serves reads (active) or is a build
             * @enum {string}
             */
            generationStatus: "active" | "building";
            /** @description The event store’s last event */
            head: components["schemas"]["LogCheckpointDto"];
            /** @description Events in the log after the checkpoint */
            lag: number;
            /** @enum {string} */
            name: "loans" | "inquiries" | "loan_schedules" | "reminders" | "journal" | "bank_suspense";
            /**
             * @description degraded: stopped at an event it cannot apply (failure)
             * @enum {string}
             */
            status: "active" | "building" | "degraded";
            /**
             * Format: date-time
             * @example 2022-03-15T09:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description The code version it was built by
             * @example 5
             */
            version: number;
        };
        ProjectionErrorDto: {
            /**
             * @description The SQLSTATE
             * @example 22003
             */
            code: string | null;
            /** @example numeric field overflow */
            message: string;
        };
        ProjectionFailureDto: {
            /** @description Failed attempts, the first included */
            attempts: number;
            error: components["schemas"]["ProjectionErrorDto"];
            event: components["schemas"]["FailedEventDto"];
            /**
             * Format: date-time
             * @example 2022-03-15T09:30:00.000Z
             */
            firstFailedAt: string;
            generation: number;
            /**
             * Format: date-time
             * @example 2022-03-15T09:30:00.000Z
             */
            lastRetriedAt: string;
            /** @enum {string} */
            name: "loans" | "inquiries" | "loan_schedules" | "reminders" | "journal" | "bank_suspense";
        };
        ProjectionRetryDto: {
            /** @description The failures forgotten, for the runner to try at once; empty when it was not stopped */
            cleared: components["schemas"]["ProjectionFailureDto"][];
            /** @enum {string} */
            name: "loans" | "inquiries" | "loan_schedules" | "reminders" | "journal" | "bank_suspense";
        };
        ProjectionsDto: {
            projections: components["schemas"]["ProjectionDto"][];
            /** @enum {string} */
            status: "ok" | "degraded";
        };
        ProjectionsHealthDto: {
            /** @description Each read model stopped at an event it cannot apply: its lag and the event */
            degraded: components["schemas"]["ProjectionDto"][];
            /** @enum {string} */
            status: "ok" | "degraded";
        };
        ProjectionsHealthUnknownDto: {
            detail: string;
            /**
             * @description The store answers, the projections registry did not
             * @enum {string}
             */
            status: "unknown";
        };
        ProposedApprovalDto: {
            /** @example 25000.00 */
            amount: string;
            /** @example 0.07 */
            annualRate: string;
            /**
             * @description The proposer's approval limit
             * @example 50000.00
             */
            approvalLimit: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            approvedOn: string;
            /** @description The securities the proposed offer asks for: the loan’s once it is seconded */
            guarantees: components["schemas"]["ProposedGuaranteeDto"][];
            /**
             * Format: date
             * @example 2022-03-15
             */
            offerValidUntil: string;
            /** @example officer-dirk */
            proposedBy: string;
            repayment: components["schemas"]["RepaymentTermsDto"];
            /** @example 60 */
            termMonths: number;
        };
        ProposedGuaranteeDto: {
            /** @example 10000.00 */
            amount: string;
            /** @example g2 */
            guaranteeId: string;
            /**
             * @description A personal guarantor is personal data of a natural person: "[erased]" once the person is forgotten
             * @example Jan Peeters
             */
            guarantor: string;
            /**
             * Format: uuid
             * @description A personal guarantor's person id
             */
            guarantorPersonId: string | null;
            /** @enum {string} */
            kind: "personal" | "real" | "government";
        };
        RecordApplicationInformationDto: {
            items: components["schemas"]["InformationItemDto"][];
            /**
             * Format: date
             * @example 2022-03-18
             */
            recordedOn: string;
        };
        RecordCreditAssessmentDto: {
            /**
             * Format: date
             * @example 2022-03-18
             */
            assessedOn: string;
            /** @description The household (DOMAIN.md 3.5); money as strings. Checked by the assessment itself: a wrong or missing field is a 400 naming household.<path> */
            household: components["schemas"]["HouseholdDto"];
        };
        RecordedCurveResultDto: {
            /** @example 17 */
            position: number;
            /**
             * Format: date
             * @example 2022-03-15
             */
            recordedOn: string;
            /**
             * @description The reference-curves stream’s version
             * @example 3
             */
            version: number;
        };
        RecordedEventDto: {
            /** @description The event as GET /loans/{id}/events shows it: an early repayment’s fee and its lines, a payment’s allocation, … */
            data: {
                [key: string]: unknown;
            };
            streamVersion: number;
            /** @example InstalmentPaid */
            type: string;
        };
        RecordRecoveryDto: {
            /**
             * @description EUR received
             * @example 1000.00
             */
            amount: string;
            /**
             * Format: date
             * @example 2022-05-01
             */
            receivedOn: string;
            /** @enum {string} */
            source: "borrower" | "guarantor" | "government-guarantee" | "liquidation" | "other";
        };
        RecordReferenceCurveDto: {
            points: components["schemas"]["ReferenceCurvePointDto"][];
            /**
             * Format: date
             * @example 2013-11-08
             */
            recordedOn: string;
            /** @example EMMI Euribor fixings and ICE swap rates of the day */
            source?: string;
        };
        ReferenceCurveDto: {
            /** @description By tenor */
            points: components["schemas"]["CurvePointDto"][];
            /**
             * @description The global position of the recording
             * @example 17
             */
            position: number;
            /** @example officer-bart */
            recordedBy: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            recordedOn: string;
            /** @example EMMI Euribor fixings and ICE swap rates of the day */
            source: string;
        };
        ReferenceCurvePointDto: {
            /**
             * @description A decimal fraction; may be negative
             * @example 0.00531
             */
            rate: string;
            /**
             * @description Months; Euribor up to 12, IRS beyond
             * @example 24
             */
            tenorMonths: number;
        };
        ReferenceCurvesDto: {
            /** @description One per day (its latest recording), oldest first */
            curves: components["schemas"]["ReferenceCurveDto"][];
        };
        ReferenceRateDto: {
            /** @example IRS for the loan term (linear interpolation on the curve in force on the approval date) */
            basis: string;
            /**
             * @description Rounded half up to these decimals
             * @example 4
             */
            decimals: number;
            /** @description The rate is fixed for the whole term */
            fixedForTerm: boolean;
            /** @example 0.03 */
            floor: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "reference-rate";
            /** @example 0.0053 */
            margin: string;
        };
        RefundSuspenseItemDto: {
            /** @example Terugbetaald aan de betaler op 8 december */
            note?: string;
        };
        RefuseGuaranteeReleaseDto: {
            /**
             * @description The release asked for, EUR; absent: the whole guarantee
             * @example 5000.00
             */
            amountRequested?: string;
            /**
             * @description Sent in writing to the enterprise and the guarantor
             * @example The surety still covers the instalments in arrears since 2018-12-20.
             */
            explanation: string;
            /** @description Code of conduct reasons (DOMAIN.md 4.5), at least one, each once */
            reasons: ("open-commitments-covered" | "adverse-financial-figures" | "negative-credit-register-information" | "known-payment-arrears" | "formal-notices-other-credits" | "deteriorating-economic-environment" | "judicial-reorganisation-pending" | "needed-after-loss-of-other-guarantees" | "no-equivalent-alternative-security")[];
            /**
             * Format: date
             * @example 2019-02-01
             */
            refusedOn: string;
        };
        RefuseLoanDto: {
            /** @example Arrears with two suppliers, explained to the applicant on 2022-03-18. */
            explanation?: string;
            /** @description Code of conduct reasons (DOMAIN.md 4.4) */
            reasons: ("insufficient-information-financial-position" | "insufficient-information-project" | "insufficient-information-repayment-capacity" | "negative-credit-register-information" | "insufficient-securities-or-equity" | "known-payment-arrears" | "formal-notices-other-credits" | "unconvincing-financial-position-or-plan" | "outside-lender-policy" | "history-of-enterprise-or-representatives" | "management-and-governance" | "lack-of-training-experience-competence")[];
            /**
             * Format: date
             * @example 2022-03-20
             */
            refusedOn: string;
        };
        RegisterInquiryDto: {
            /**
             * @example phone
             * @enum {string}
             */
            channel: "phone" | "email" | "website" | "walk-in" | "event" | "referral";
            /**
             * Format: date
             * @example 2022-02-14
             */
            contactedOn: string;
            /** @example 0403.170.701 */
            enterpriseNumber?: string;
            /**
             * Format: uuid
             * @description Generated when absent
             */
            inquiryId?: string;
            /**
             * @example impulskrediet
             * @enum {string}
             */
            productCode: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening";
        };
        ReleaseGuaranteeDto: {
            /**
             * @description EUR released; absent: all that the guarantee still covers
             * @example 4000.00
             */
            amount?: string;
            /**
             * Format: date
             * @example 2023-04-01
             */
            releasedOn: string;
        };
        ReminderBorrowerDto: {
            /** @example 0403.170.701 */
            enterpriseNumber: string;
            /**
             * @description A sole trader's is opened from the sealed value, "[erased]" once forgotten
             * @example Bakkerij Peeters
             */
            name: string;
        };
        ReminderDocumentDto: {
            /**
             * Format: uuid
             * @description The letter among the loan’s documents
             */
            documentId: string;
            /** @enum {string} */
            kind: "first-reminder" | "second-reminder" | "formal-notice";
            /**
             * @description The loan’s documents, where the letter is listed once the documents processor made it
             * @example /api/v1/loans/d3743642-087d-4f6e-a0f4-58f54bfe68f2/documents
             */
            listHref: string;
            /** @description nl, fr, en × html, pdf */
            renditions: components["schemas"]["DocumentRenditionDto"][];
        };
        ReminderItemDto: {
            borrower: components["schemas"]["ReminderBorrowerDto"];
            /**
             * @description On issuedOn
             * @example 15
             */
            daysPastDue: number;
            document: components["schemas"]["ReminderDocumentDto"];
            /**
             * Format: uuid
             * @description The ReminderIssued event
             */
            eventId: string;
            /**
             * @description The short file number (product prefix IK, WW, KC or SL, the application year, its place in that year); null for loans applied for before file numbers
             * @example IK-2022-0042
             */
            fileNumber: string | null;
            /**
             * @description How many instalments it names
             * @example 1
             */
            instalments: number;
            /**
             * Format: date
             * @example 2022-03-15
             */
            issuedOn: string;
            /** @enum {string} */
            level: "first" | "second" | "formal-notice";
            /** @example /api/v1/loans/d3743642-087d-4f6e-a0f4-58f54bfe68f2 */
            loanHref: string;
            /** Format: uuid */
            loanId: string;
            /** @enum {string} */
            productCode: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening";
            /**
             * @description The structured communication (OGM/VCS) the borrower repays with, given at disbursement; null before, and for loans disbursed earlier until the migration gives them one
             * @example +++090/9337/55493+++
             */
            structuredCommunication: string | null;
            /**
             * @description The instalments past due, unpaid
             * @example 483.32
             */
            totalDue: string;
        };
        ReminderListDto: {
            /** @description Newest first */
            items: components["schemas"]["ReminderItemDto"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        RepayEarlyDto: {
            /**
             * @description The capital repaid early, EUR; or leave it out and send full: true
             * @example 10000.00
             */
            amount?: string;
            /** @description All the principal outstanding */
            full?: boolean;
            /**
             * Format: date
             * @example 2018-10-05
             */
            repaidOn: string;
        };
        RepayInstalmentDto: {
            /**
             * @description EUR; at most what is due on that day (the oldest instalment first, interest before principal). Paying ahead is an early repayment
             * @example 483.32
             */
            amount: string;
            /**
             * Format: date
             * @description The business date the money was received; may lie before earlier recorded payments (they are then reallocated)
             * @example 2018-04-20
             */
            paidOn: string;
        };
        RepaymentDto: {
            /**
             * @description Interest-only months at the start
             * @example 0
             */
            capitalHolidayMonths?: number;
            /** @enum {string} */
            frequency?: "monthly" | "quarterly" | "semiannual" | "annual";
            /** @enum {string} */
            method?: "annuity" | "linear" | "bullet";
        };
        RepaymentTermsDto: {
            /**
             * @description Interest-only months at the start
             * @example 0
             */
            capitalHolidayMonths: number;
            /**
             * @example monthly
             * @enum {string}
             */
            frequency: "monthly" | "quarterly" | "semiannual" | "annual";
            /**
             * @example annuity
             * @enum {string}
             */
            method: "annuity" | "linear" | "bullet";
        };
        ReportChartDto: {
            /**
             * @description The value axis’s name, with its unit
             * @example EUR
             */
            axisTitle: string;
            categories: string[];
            /**
             * @description What the categories are: text as it is, or months (YYYY-MM) the renderer names
             * @enum {string}
             */
            categoryKind: "text" | "month";
            id: string;
            /** @enum {string} */
            kind: "stacked-bar" | "bar" | "horizontal-bar" | "line";
            /** @description The sentence shown instead of the chart when it has no data */
            noData: string;
            series: components["schemas"]["ChartSeriesDto"][];
            title: string;
            /** @enum {string} */
            unit: "EUR" | "count" | "ratio";
        };
        ReportColumnDto: {
            /**
             * @description The key of the cell in each row
             * @example outstanding
             */
            key: string;
            /** @enum {string} */
            kind: "text" | "integer" | "money" | "ratio" | "date" | "month" | "label-number";
            /** @example Outstanding principal */
            title: string;
        };
        ReportFigureDto: {
            /** @example outstanding */
            id: string;
            /** @enum {string} */
            kind: "text" | "integer" | "money" | "ratio" | "date" | "month" | "label-number";
            /** @example Uitstaand kapitaal */
            label: string;
            /** @description A string for text, money, ratio, date and month; a number for counts and labels */
            value: (string | number) | null;
        };
        ReportPeriodDto: {
            /**
             * Format: date
             * @example 2022-03-15
             */
            from: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            to: string;
        };
        ReportSectionDto: {
            charts: components["schemas"]["ReportChartDto"][];
            /** @example portfolio */
            id: string;
            intro: string;
            tables: components["schemas"]["ReportTableDto"][];
            title: string;
        };
        ReportTableDto: {
            columns: components["schemas"]["ReportColumnDto"][];
            description: string;
            /** @example portfolio-by-product */
            id: string;
            rows: {
                [key: string]: (string | number) | null;
            }[];
            title: string;
            /** @description The totals row */
            total?: {
                [key: string]: (string | number) | null;
            };
        };
        RequestWrittenRefusalDto: {
            /**
             * Format: date
             * @description The day the enterprise asked for the written refusal statement; at most 6 months after its application
             * @example 2022-05-02
             */
            requestedOn: string;
        };
        ResponsibleMaximumOverrideDto: {
            /** @example the partner’s income from the new shop starts in May; the coach follows the first year */
            justification: string;
        };
        RuleViolationDto: {
            /**
             * @description The field the rule is about, if one
             * @example amount
             */
            field?: string;
            /** @example the amount of EUR 30,000.00 is above the Impulskrediet maximum of EUR 25,000.00 */
            message: string;
            /**
             * @description A stable rule code; each command's codes are listed in docs/api.md
             * @example amount-above-maximum
             */
            rule: string;
        };
        ScheduleEarlyRepaymentDto: {
            /** @example 25000.00 */
            capitalRepaid: string;
            full: boolean;
            /**
             * Format: date
             * @example 2022-03-15
             */
            repaidOn: string;
        };
        ScheduleInstalmentDto: {
            /**
             * Format: date
             * @description The contractual due date, the end of its interest period: the same as dueOn unless that was moved off a non-working day. Interest and amounts are those of the contractual periods.
             * @example 2022-03-15
             */
            contractualDueOn: string;
            /**
             * Format: date
             * @description The day it is due and falls in arrears after: the contractual due date moved to the next working day when it falls on a Saturday, Sunday or holiday (the product convention following, fixed at disbursement)
             * @example 2022-03-15
             */
            dueOn: string;
            /** @example 145.83 */
            interest: string;
            /** @example 1 */
            number: number;
            /**
             * @description Principal outstanding after it
             * @example 24650.80
             */
            outstandingAfter: string;
            /** @example 25000.00 */
            paidInterest: string;
            /** @example 25000.00 */
            paidPrincipal: string;
            /** @example 349.20 */
            principal: string;
            /**
             * Format: date
             * @description The day it was paid in full
             * @example 2022-03-15
             */
            settledOn: string | null;
            /**
             * @description As of asOf: due is due that very day; overdue is past due with nothing paid; written-off is what a write-off on or before asOf gave up (the loan then has no arrears)
             * @enum {string}
             */
            status: "paid" | "partly-paid" | "due" | "overdue" | "future" | "written-off";
            /** @example 495.03 */
            total: string;
            /** @example 25000.00 */
            unpaid: string;
        };
        SchedulePaymentDto: {
            /** @description How it pays the instalments now (a back-dated payment may move it) */
            allocation: components["schemas"]["AllocationDto"][];
            /** @example 25000.00 */
            amount: string;
            /** @example 25000.00 */
            interestPaid: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            paidOn: string;
            /** @example 5d1c0a43-31e8-4d80-a8b8-21bd4c0b4f60 */
            paymentId: string;
            /** @example 25000.00 */
            principalPaid: string;
        };
        SecondApprovalDto: {
            /**
             * @description The amount of the proposed offer
             * @example 120000.00
             */
            amount: string;
            /** @description Officers who may not second it (the proposer and the registrar); any other credit officer may, whatever their own limit */
            notBy: string[];
            /** @example officer-bart */
            proposedBy: string;
        };
        SelfEmploymentDto: {
            /**
             * @description Self-employed in main occupation (or will be)
             * @example true
             */
            mainOccupation: boolean;
            /**
             * Format: date
             * @description Self-employed since; absent: not yet (a starter about to start)
             * @example 2019-09-01
             */
            since?: string;
        };
        SheetLenderDto: {
            address?: string;
            email?: string;
            name: string;
            phone?: string;
            /** @enum {string} */
            role: "lender" | "registrar";
            toComplete: ("address" | "phone" | "email" | "website")[];
            website?: string;
        };
        StartAttestDto: {
            /** @example SA-2021-00417 */
            number: string;
            /**
             * Format: date
             * @example 2021-12-31
             */
            validUntil: string;
        };
        StartleningRulesDto: {
            extendedHoliday: components["schemas"]["ExtendedHolidayDto"];
            /** @example 4 */
            maxOwnContributionMultiple: number;
            /** @example 4 */
            maxSelfEmployedYears: number;
        };
        StatementLineOutcomeDto: {
            /** @description Its outcome was recorded by an earlier import (of this file, or of the same statement in the other format): nothing was booked for it now */
            alreadyRecorded: boolean;
            /** @example 25000.00 */
            amount: string;
            /** @example +++090/9337/55493+++ */
            communication: string | null;
            detail?: string;
            /**
             * Format: uuid
             * @description suspense: the item
             */
            itemId?: string;
            /**
             * Format: uuid
             * @description booked: the loan
             */
            loanId?: string;
            /** @enum {string} */
            outcome: "booked" | "suspense";
            /** @example p1 */
            paymentId?: string | null;
            /**
             * @description The line’s order among the statement’s credit lines, the same in CODA and camt.053 (statements recorded before 2026-12 kept the file’s own: CODA sequence/detail "0001/0000", camt.053 entry/transaction "1/1")
             * @example 1
             */
            position: string;
            /** @enum {string} */
            reason?: "no-communication" | "not-structured" | "unknown-communication" | "not-euro" | "loan-not-active" | "refused";
            /**
             * @description booked: what the repayment took
             * @example 25000.00
             */
            repaid?: string;
            /**
             * @description booked: the rest, held on the loan
             * @example 25000.00
             */
            unappliedCredit?: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            valueDate: string;
        };
        StatementReportDto: {
            /**
             * @description The account’s IBAN
             * @example BE68539007547034
             */
            account: string;
            /** @description Imported before: only lines without an outcome were booked now */
            alreadyImported: boolean;
            /**
             * Format: date
             * @example 2022-03-15
             */
            date: string;
            /** @enum {string} */
            format: "coda" | "camt.053";
            ignored: components["schemas"]["IgnoredLineDto"][];
            lines: components["schemas"]["StatementLineOutcomeDto"][];
            /**
             * @description The bank’s sequence number, no leading zeros
             * @example 42
             */
            sequence: string;
            /** @example bank-statement-BE68539007547034-42-2026-03-03 */
            statementKey: string;
        };
        StillDueDto: {
            /** @description Everything due up to and including asOf */
            amountDue: components["schemas"]["AmountDueDto"];
            /**
             * Format: date
             * @example 2022-03-15
             */
            asOf: string;
            /**
             * @description Days since the oldest instalment not fully paid fell due (0: none late)
             * @example 0
             */
            daysPastDue: number;
            /**
             * @description Instalments with something unpaid
             * @example 1
             */
            instalments: number;
            /** @example 145.83 */
            interest: string;
            nextDue: components["schemas"]["NextDueDto"] | null;
            /**
             * Format: date
             * @description The oldest of them; null when nothing is unpaid
             * @example 2022-03-15
             */
            oldestDueOn: string | null;
            /** @example 25000.00 */
            outstandingPrincipal: string;
            /** @example 349.20 */
            principal: string;
            /** @example 495.03 */
            total: string;
        };
        SuspenseItemDto: {
            /** @example BE68539007547034 */
            account: string;
            /** @example 25000.00 */
            amount: string;
            communication: string | null;
            counterpartyIban: string | null;
            counterpartyName: string | null;
            detail: string;
            /** Format: uuid */
            itemId: string;
            /** Format: uuid */
            loanId: string | null;
            /**
             * @description The line in its statement (see the import’s lines)
             * @example 3
             */
            position: string;
            /** @enum {string} */
            reason: "no-communication" | "not-structured" | "unknown-communication" | "not-euro" | "loan-not-active" | "refused";
            /** @example 42 */
            sequence: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            statementDate: string;
            /** @example bank-statement-BE68539007547034-42-2026-03-03 */
            statementKey: string;
            /** @enum {string} */
            status: "open" | "assigned" | "refunded";
            /**
             * Format: date
             * @example 2022-03-15
             */
            valueDate: string;
        };
        SuspenseItemResolvedDto: {
            /** @example BE68539007547034 */
            account: string;
            /** @example 25000.00 */
            amount: string;
            communication: string | null;
            counterpartyIban: string | null;
            counterpartyName: string | null;
            detail: string;
            /**
             * @description Global position of the statement’s last event: minPosition for the suspense list
             * @example 1043
             */
            eventPosition: number;
            /** Format: uuid */
            itemId: string;
            /** Format: uuid */
            loanId: string | null;
            /**
             * @description The line in its statement (see the import’s lines)
             * @example 3
             */
            position: string;
            /** @enum {string} */
            reason: "no-communication" | "not-structured" | "unknown-communication" | "not-euro" | "loan-not-active" | "refused";
            /** @example 42 */
            sequence: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            statementDate: string;
            /** @example bank-statement-BE68539007547034-42-2026-03-03 */
            statementKey: string;
            /** @enum {string} */
            status: "open" | "assigned" | "refunded";
            /**
             * Format: date
             * @example 2022-03-15
             */
            valueDate: string;
        };
        SuspenseListDto: {
            items: components["schemas"]["SuspenseItemDto"][];
            /** @description Pass as cursor for the next page; null on the last */
            nextCursor: string | null;
        };
        TermRangeDto: {
            /** @example 60 */
            maxMonths: number;
            /** @example 1 */
            minMonths: number;
            /**
             * @description The term is a whole number of these
             * @example 1
             */
            stepMonths: number;
        };
        TrialBalanceDto: {
            /**
             * Format: date
             * @example 2022-03-15
             */
            asOf: string;
            /** @example 25000.00 */
            credit: string;
            /**
             * @description All debits (equal to all credits)
             * @example 25000.00
             */
            debit: string;
            /**
             * Format: date-time
             * @description As known at this instant; null: every event recorded so far
             * @example 2022-03-15T09:30:00.000Z
             */
            knownAt: string | null;
            /**
             * @description The global log position the books had reached
             * @example 1234
             */
            position: number;
            /** @description Every account of the chart, in its order */
            rows: components["schemas"]["TrialBalanceRowDto"][];
        };
        TrialBalanceRowDto: {
            /** @example 2910 */
            account: string;
            /**
             * @description debit − credit: negative is a credit balance
             * @example -1250.00
             */
            balance: string;
            /**
             * @description The credits up to the day
             * @example 25000.00
             */
            credit: string;
            /**
             * @description The debits up to the day
             * @example 25000.00
             */
            debit: string;
            /** @example Vorderingen op meer dan één jaar: leningen */
            name: string;
            /**
             * @example loans-receivable
             * @enum {string}
             */
            role: "loans-receivable" | "doubtful-loans-receivable" | "guarantee-receivable" | "bank" | "interest-income" | "fee-income" | "impairment-expense" | "impairment-allowance" | "write-off-loss" | "recovery-income" | "accrued-interest-receivable" | "memorandum-guarantee-exposure" | "memorandum-contra";
        };
        UnappliedCreditDto: {
            /** @example 25000.00 */
            amount: string;
            position: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            receivedOn: string;
            statementKey: string;
        };
        UnappliedCreditsDto: {
            credits: components["schemas"]["UnappliedCreditDto"][];
            /** @example 25000.00 */
            total: string;
        };
        WinwinByProvinceDto: {
            /**
             * Format: date
             * @example 2022-03-15
             */
            asOf: string;
            /** @example 2021-05 */
            from: string;
            /** @description Most loans first */
            rows: components["schemas"]["WinwinProvinceRowDto"][];
            /** @example 2021-05 */
            to: string;
            total: components["schemas"]["WinwinTotalDto"];
        };
        WinwinMonthlyDto: {
            /**
             * Format: date
             * @example 2022-03-15
             */
            asOf: string;
            /** @example 2021-05 */
            from: string;
            monthTotals: components["schemas"]["WinwinMonthTotalDto"][];
            /** @description By month of registration and term */
            rows: components["schemas"]["WinwinMonthlyRowDto"][];
            /** @example 2021-05 */
            to: string;
            total: components["schemas"]["WinwinTotalDto"];
        };
        WinwinMonthlyRowDto: {
            /** @example 3 */
            loans: number;
            /** @example 2021-05 */
            month: string;
            /** @example 25000.00 */
            principal: string;
            /** @example 5 */
            termYears: number;
        };
        WinwinMonthTotalDto: {
            /** @example 3 */
            loans: number;
            /** @example 2021-05 */
            month: string;
            /** @example 25000.00 */
            principal: string;
        };
        WinwinProvinceRowDto: {
            /** @example 25000.00 */
            averagePrincipal: string;
            /** @example 3 */
            loans: number;
            /** @example 25000.00 */
            principal: string;
            /** @enum {string} */
            province: "Antwerpen" | "Limburg" | "Oost-Vlaanderen" | "West-Vlaanderen" | "Vlaams-Brabant" | "Brussel" | "Henegouwen" | "Luik" | "Luxemburg" | "Namen" | "Waals-Brabant";
        };
        WinwinRateBandDto: {
            /** @example 0.07 */
            max: string;
            /** @example 0.07 */
            min: string;
            /** @example 2021 */
            year: number;
        };
        WinwinRulesDto: {
            /** @example 3 */
            deedDeadlineMonths: number;
            excludedRelations: ("none" | "friend" | "family" | "employee" | "spouse-or-cohabitant" | "director-or-manager" | "shareholder-over-5-percent")[];
            /** @example 0.4 */
            governmentGuaranteeShare: string;
            /**
             * @description How maxPerLender is counted
             * @enum {string}
             */
            lenderLimit: "total" | "per-loan";
            /** @example 300000.00 */
            maxPerBorrower: string;
            /** @example 75000.00 */
            maxPerLender: string;
            /** @description By the year of the deed */
            rateBands: components["schemas"]["WinwinRateBandDto"][];
        };
        WinwinTotalDto: {
            /** @example 18768.03 */
            averagePrincipal: string;
            /** @example 3393 */
            loans: number;
            /** @example 63679942.23 */
            principal: string;
        };
        WithdrawApplicationDto: {
            /** @example found other financing */
            reason?: string;
            /**
             * Format: date
             * @example 2022-03-25
             */
            withdrawnOn: string;
        };
        WriteOffDto: {
            /**
             * @description The principal written off
             * @example 25000.00
             */
            amount: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            writtenOffOn: string;
        };
        WriteOffLoanDto: {
            /** @example bankruptcy closed, no further dividend */
            reason: string;
            /**
             * Format: date
             * @example 2022-09-01
             */
            writtenOffOn: string;
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
    AccountingController_journal: {
        parameters: {
            query: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description First business date, included */
                from: string;
                /** @description The books as known at this instant: only the entries of events recorded by then (the read models the as-of entries need are replayed for it) */
                knownAt?: string;
                /** @description The language of the account names */
                lang?: "nl" | "fr" | "en";
                /** @description Entries a page, 1 to 500 (default 100); CSV and XLSX hold the whole range */
                limit?: number;
                /** @description Wait (a few seconds) until the books have reached this global position */
                minPosition?: number;
                /** @description Last business date, included */
                to: string;
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
                content: {
                    "application/json": components["schemas"]["JournalPageDto"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A date is missing or malformed, to lies before from or more than 10 years after it, a cursor, limit or minPosition is malformed, or knownAt is asked of KurrentDB (unsupported). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AccountingController_journalXlsx: {
        parameters: {
            query: {
                /** @description First business date, included */
                from: string;
                /** @description The books as known at this instant: only the entries of events recorded by then (the read models the as-of entries need are replayed for it) */
                knownAt?: string;
                /** @description The language of the account names */
                lang?: "nl" | "fr" | "en";
                /** @description Wait (a few seconds) until the books have reached this global position */
                minPosition?: number;
                /** @description Last business date, included */
                to: string;
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
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A date is missing or malformed, to lies before from or more than 10 years after it, a cursor, limit or minPosition is malformed, or knownAt is asked of KurrentDB (unsupported). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AccountingController_ledger: {
        parameters: {
            query: {
                /** @description First business date, included */
                from: string;
                /** @description The books as known at this instant: only the entries of events recorded by then (the read models the as-of entries need are replayed for it) */
                knownAt?: string;
                /** @description The language of the account names */
                lang?: "nl" | "fr" | "en";
                /** @description Wait (a few seconds) until the books have reached this global position */
                minPosition?: number;
                /** @description Last business date, included */
                to: string;
            };
            header?: never;
            path: {
                /** @description An account number of the chart */
                account: string;
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
                    "application/json": components["schemas"]["LedgerDto"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The account is not one of the chart, a date is missing or malformed, to lies before from, or knownAt is asked of KurrentDB. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AccountingController_trialBalance: {
        parameters: {
            query?: {
                /** @description The business date at whose end the balances stand (default: today) */
                asOf?: string;
                /** @description The books as known at this instant: only the entries of events recorded by then (the read models the as-of entries need are replayed for it) */
                knownAt?: string;
                /** @description The language of the account names */
                lang?: "nl" | "fr" | "en";
                /** @description Wait (a few seconds) until the books have reached this global position */
                minPosition?: number;
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
                content: {
                    "application/json": components["schemas"]["TrialBalanceDto"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A date is missing or malformed, to lies before from or more than 10 years after it, a cursor, limit or minPosition is malformed, or knownAt is asked of KurrentDB (unsupported). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BankStatementsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The statement file as it is, as the body: CODA (ISO-8859-1) or camt.053 (XML, UTF-8) */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/xml": string;
                "text/plain": string;
                "text/xml": string;
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The file is not a statement we can read: its line and field. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. The file is larger than 10 MB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). The body is sent as JSON or a form, not as the file. Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. bank-statement-account: no statement of the file is of the lender’s accounts. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BankStatementsController_suspense: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 200 (default 50) */
                limit?: number;
                /** @description Wait until the list has reached this global position */
                minPosition?: number;
                /** @description open: the items still to resolve; all: the assigned and refunded ones too */
                status?: "open" | "all";
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
                content: {
                    "application/json": components["schemas"]["SuspenseListDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. status is neither open nor all; limit (out-of-range), cursor (cursor) or minPosition is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BankStatementsController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignSuspenseItemDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspenseItemResolvedDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such suspense item, or no such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. The item was assigned or refunded already. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. The loan takes no such repayment. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BankStatementsController_refund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundSuspenseItemDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspenseItemResolvedDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such suspense item. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. The item was assigned or refunded already. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DevSignInController_info: {
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
                content: {
                    "application/json": components["schemas"]["DevSignInInfoDto"];
                };
            };
        };
    };
    DevSignInController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevSignInReplyDto"];
                };
            };
        };
    };
    InquiriesController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterInquiryDto"];
            };
        };
        responses: {
            /** @description The inquiry is recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. An inquiry with the inquiryId given exists already. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The product is not offered on contactedOn, or contactedOn lies in the future. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_list: {
        parameters: {
            query?: {
                /** @description Active loans in arrears at the end of arrearsAsOf (default today), by days past due as the portfolio report counts them: any (1 or more), 1-30, 31-90, over-90. Each item then carries daysPastDue */
                arrears?: "any" | "1-30" | "31-90" | "over-90";
                /** @description The day the arrears filter counts at the end of */
                arrearsAsOf?: string;
                /** @description second-approval: the applications whose approval waits for a second credit officer, but for those the caller proposed or registered (four eyes): the officers’ queue */
                awaiting?: "second-approval";
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description The borrower’s enterprise number, with or without dots and spaces (0403.170.701, 0403 170 701, 0403170701): a company’s loans, or a sole trader’s */
                enterpriseNumber?: string;
                /** @description Page size, 1 to 200 (default 50) */
                limit?: number;
                /** @description Wait until the list has reached this global position */
                minPosition?: number;
                /** @description A credit officer’s user id (the token’s sub, case aside): the loans they proposed, approved or refused */
                officer?: string;
                productCode?: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening";
                /** @description Search: the words of a company’s name, each the start of a word of it, whatever the case and accents ("bakkerij jan"); or a file number (IK-2022-0042: that loan; IK-2022: the words’ matches); or the start of a loan id (at least 4 hexadecimal digits); or an enterprise number. A sole trader’s name is personal data, kept sealed: find them by their number */
                q?: string;
                status?: "applied" | "approved" | "refused" | "withdrawn" | "lapsed" | "active" | "repaid" | "defaulted" | "written-off";
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
                content: {
                    "application/json": components["schemas"]["LoanListDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A filter, limit (out-of-range), cursor (code cursor) or minPosition is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_apply: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyForLoanDto"];
            };
        };
        responses: {
            /** @description The application is recorded */
            201: {
                headers: {
                    /** @description The new loan: /api/v1/loans/{loanId} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. A loan with the loanId given exists already. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. A product or policy rule is broken (amounts, terms, product fields, win-win limits and rate bands, co-financing ratios). Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The loan version, "3" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDto"];
                };
            };
            /** @description If-None-Match names the current version: nothing changed */
            304: {
                headers: {
                    /** @description The loan version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The loan id is not a UUID. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationObligationsController_completeness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
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
                    "application/json": components["schemas"]["ApplicationInformationDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The loan id is not a UUID. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationObligationsController_recordInformation: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordApplicationInformationDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. The application is decided already. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveLoanDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_arrears: {
        parameters: {
            query?: {
                /** @description Business date to read the ledger and the arrears as of (default: today) */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
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
                    "application/json": components["schemas"]["LoanArrearsReplyDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The loan id or asOf is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. Not disbursed: there are no instalments yet. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationObligationsController_creditAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
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
                    "application/json": components["schemas"]["CreditAssessmentDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The loan id is not a UUID. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan, or no assessment was recorded for it. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationObligationsController_recordCreditAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCreditAssessmentDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). A household field is wrong or missing: household.<path>. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. The application is decided already. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_declareDefault: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareDefaultDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_disburse: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisburseLoanDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_list: {
        parameters: {
            query?: {
                /** @description Wait until the documents processor has read past this global position */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
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
                    "application/json": components["schemas"]["LoanDocumentsDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The loan id or minPosition is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_get: {
        parameters: {
            query?: {
                /** @description Default: from the Accept header (application/pdf), else html */
                format?: "html" | "pdf";
                lang?: "nl" | "fr" | "en";
            };
            header?: never;
            path: {
                documentId: string;
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description nl, fr or en */
                    "Content-Language"?: string;
                    /** @description The SHA-256 of the rendition */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/html": string;
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The loan id is not a UUID (validation), or the document id is not one (http-400), or lang or format is not one of theirs. Problem types: https://loanbook.dev/problems/validation, https://loanbook.dev/problems/http-400. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan, document, or rendition. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gone for good: it held personal data of a person since forgotten. The document named a person since forgotten: its renditions are deleted. Problem type: https://loanbook.dev/problems/gone. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_quote: {
        parameters: {
            query: {
                /** @description The capital to repay early, EUR */
                amount?: string;
                /** @description All the principal outstanding */
                full?: "true" | "false";
                /** @description The day of the early repayment; may lie in the future */
                on: string;
            };
            header?: never;
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
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
                    "application/json": components["schemas"]["EarlyRepaymentQuoteDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The loan id, on, amount or full is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. The loan is not active. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_repayEarly: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepayEarlyDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
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
                    "application/json": components["schemas"]["LoanEventsDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The loan id is not a UUID. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_claimGovernmentGuarantee: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimGovernmentGuaranteeDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_callGuarantee: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The guarantee within the loan: g1, g2, ... in the order they were given */
                guaranteeId: string;
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallGuaranteeDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). The guarantee id is not one such as g1 (code guarantee-id). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. The loan has no such guarantee. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_releaseGuarantee: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The guarantee within the loan: g1, g2, ... in the order they were given */
                guaranteeId: string;
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseGuaranteeDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). The guarantee id is not one such as g1 (code guarantee-id). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. The loan has no such guarantee. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_refuseGuaranteeRelease: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The guarantee within the loan: g1, g2, ... in the order they were given */
                guaranteeId: string;
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseGuaranteeReleaseDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). The guarantee id is not one such as g1 (code guarantee-id). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. The loan has no such guarantee. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_recordRecovery: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRecoveryDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_refuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseLoanDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_repay: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepayInstalmentDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_schedule: {
        parameters: {
            query?: {
                /** @description Business date to read the ledger and the arrears as of (default: today) */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
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
                    "application/json": components["schemas"]["LoanScheduleDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The loan id or asOf is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. Not disbursed: there is no schedule yet. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BankStatementsController_unappliedCredits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
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
                    "application/json": components["schemas"]["UnappliedCreditsDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. The loan id is not a UUID. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawApplicationDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LoansController_writeOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriteOffLoanDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationObligationsController_requestWrittenRefusal: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
                /** @description The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing */
                "If-Match"?: string;
            };
            path: {
                /** @description The loan (a UUID) */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestWrittenRefusalDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. If-Match is not a version such as "3" (code if-match). Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such loan. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. If-Match names another version than the loan is at, or the command does not fit its status. The command does not fit the loan's status. The loan is not refused, or the statement was asked for already. Problem type: https://loanbook.dev/problems/conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. The loan's rules are broken: the codes are in docs/api.md. Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PeopleController_find: {
        parameters: {
            query: {
                /** @description With or without dots and spaces: 0403.170.701, 0403 170 701, 0403170701 */
                enterpriseNumber: string;
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
                content: {
                    "application/json": components["schemas"]["FoundBorrowersDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. Not an enterprise number (code enterprise-number). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No loan names this enterprise number. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PeopleController_forget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The person: a loan's borrower.personId, lender.personId or guarantorPersonId */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgetPersonDto"];
            };
        };
        responses: {
            /** @description The person is forgotten */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForgottenPersonDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. The person id is not a UUID. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No person has this id. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request does not fit the current state; currentState and currentVersion say what it is. The loans give the person (a sole trader) different names: confirm with confirmLoans. Problem type: https://loanbook.dev/problems/person-named-differently. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProductsController_list: {
        parameters: {
            query?: {
                /** @description The product sheet's language */
                lang?: "nl" | "en";
                /** @description The day whose terms are shown; default today */
                on?: string;
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
                content: {
                    "application/json": components["schemas"]["ProductsDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. on or lang is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProductsController_get: {
        parameters: {
            query?: {
                /** @description The product sheet's language */
                lang?: "nl" | "en";
                /** @description The day whose terms are shown; default today */
                on?: string;
            };
            header?: never;
            path: {
                productCode: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening";
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
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. on or lang is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No such product. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectionsController_list: {
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
                    "application/json": components["schemas"]["ProjectionsDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectionsController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The projection to retry */
                name: "loans" | "inquiries" | "loan_schedules" | "reminders" | "journal" | "bank_suspense";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The failures forgotten */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionRetryDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. No such projection (code one-of). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceCurvesController_list: {
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
                    "application/json": components["schemas"]["ReferenceCurvesDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceCurvesController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReferenceCurveDto"];
            };
        };
        responses: {
            /** @description The curve is recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedCurveResultDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A field of the body is missing or malformed. Idempotency-Key is malformed (code idempotency-key). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is above 64 kB. Problem type: https://loanbook.dev/problems/payload-too-large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). Problem type: https://loanbook.dev/problems/unsupported-media-type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Product, legal or policy rules are broken: every one in violations[] with a stable rule code. idempotency-key-reused: the same Idempotency-Key came with another request. date-in-future, or reference-curve-invalid (a tenor twice, points out of order). Problem type: https://loanbook.dev/problems/rule-violation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceCurvesController_inForce: {
        parameters: {
            query: {
                /** @description The day whose curve is asked */
                on: string;
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
                content: {
                    "application/json": components["schemas"]["ReferenceCurveDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. on is missing or malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The resource the path names does not exist. No curve is recorded on or before that day. Problem type: https://loanbook.dev/problems/not-found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. Problem type: https://loanbook.dev/problems/unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RemindersController_list: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Issued on or after this day */
                from?: string;
                /** @description Only reminders of this level */
                level?: "first" | "second" | "formal-notice";
                /** @description Page size, 1 to 200 (default 50) */
                limit?: number;
                /** @description Wait until the list has reached this global position */
                minPosition?: number;
                /** @description Issued on or before this day */
                to?: string;
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
                content: {
                    "application/json": components["schemas"]["ReminderListDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. level is not one of first, second, formal-notice; from or to is not a date, or to lies before from (range); limit (out-of-range), cursor (cursor) or minPosition is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_approvalRates: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description Applications (and inquiries) from this date */
                from?: string;
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: number;
                productCode?: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening";
                /** @description Applications (and inquiries) up to this date, included */
                to?: string;
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
                content: {
                    "application/json": components["schemas"]["ApprovalRatesDto"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A date, month, range or minPosition is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_portfolio: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description First day of the period for flows (default: 1 January of the as-of year) */
                from?: string;
                /** @description As the portfolio was known at this instant: only events recorded by then count (the read models are replayed for it) */
                knownAt?: string;
                /** @description The report's language: its texts and the formats of its figures and dates; Dutch by default for the page and the workbook, English for /reports/portfolio's JSON and CSV, whose keys and headers never change */
                lang?: "nl" | "fr" | "en";
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: number;
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
                content: {
                    "application/json": components["schemas"]["PortfolioByProductDto"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A date, month, range or minPosition is malformed, or knownAt is asked of KurrentDB (unsupported). Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_portfolioHtml: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description First day of the period for flows (default: 1 January of the as-of year) */
                from?: string;
                /** @description As the portfolio was known at this instant: only events recorded by then count (the read models are replayed for it) */
                knownAt?: string;
                /** @description The report's language: its texts and the formats of its figures and dates; Dutch by default for the page and the workbook, English for /reports/portfolio's JSON and CSV, whose keys and headers never change */
                lang?: "nl" | "fr" | "en";
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: number;
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
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A date or minPosition is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_portfolioModel: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description First day of the period for flows (default: 1 January of the as-of year) */
                from?: string;
                /** @description As the portfolio was known at this instant: only events recorded by then count (the read models are replayed for it) */
                knownAt?: string;
                /** @description The report's language: its texts and the formats of its figures and dates; Dutch by default for the page and the workbook, English for /reports/portfolio's JSON and CSV, whose keys and headers never change */
                lang?: "nl" | "fr" | "en";
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: number;
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
                content: {
                    "application/json": components["schemas"]["PortfolioReportDto"];
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A date, month, range or minPosition is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_portfolioXlsx: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description First day of the period for flows (default: 1 January of the as-of year) */
                from?: string;
                /** @description As the portfolio was known at this instant: only events recorded by then count (the read models are replayed for it) */
                knownAt?: string;
                /** @description The report's language: its texts and the formats of its figures and dates; Dutch by default for the page and the workbook, English for /reports/portfolio's JSON and CSV, whose keys and headers never change */
                lang?: "nl" | "fr" | "en";
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: number;
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
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A date or minPosition is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_winwinByProvince: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description First month (YYYY-MM) */
                from?: string;
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: number;
                /** @description Last month, included (YYYY-MM) */
                to?: string;
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
                content: {
                    "application/json": components["schemas"]["WinwinByProvinceDto"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A date, month, range or minPosition is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_winwinMonthly: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description First month (YYYY-MM) */
                from?: string;
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: number;
                /** @description Last month, included (YYYY-MM) */
                to?: string;
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
                content: {
                    "application/json": components["schemas"]["WinwinMonthlyDto"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code. A date, month, range or minPosition is malformed. Problem type: https://loanbook.dev/problems/validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or one that does not verify or has expired. Problem type: https://loanbook.dev/problems/unauthenticated. */
            401: {
                headers: {
                    /** @description Bearer */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's roles may not call this route; requiredRoles names those that may. Problem type: https://loanbook.dev/problems/forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description More requests a minute than RATE_LIMIT_PER_MINUTE. Problem type: https://loanbook.dev/problems/too-many-requests. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time. minPosition was not reached in time. Problem types: https://loanbook.dev/problems/unavailable, https://loanbook.dev/problems/read-model-behind. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_health: {
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
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description The event store does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthUnavailableDto"];
                };
            };
        };
    };
}
