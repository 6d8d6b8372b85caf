/**
 * Generated from the back office's OpenAPI document by apps/web/scripts/generate-api.ts
 * (npm run web:api): do not edit. `npm test` fails when it is stale.
 */

export interface paths {
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
        get: operations["LoansController_list"];
        put?: never;
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
        /** What the application holds and what is missing (DOMAIN.md 4.1) */
        get: operations["ApplicationObligationsController_completeness"];
        put?: never;
        /**
         * Record information items received for an application
         * @description Each item of DOMAIN.md 4.1 as provided, already known to the lender, or not applicable; guarantor items name their personal guarantee. Only while the application is undecided.
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
         * @description The household figures are personal data: once the person is forgotten only the decision figures remain (details: null, erased: true). 404 when none was recorded.
         */
        get: operations["ApplicationObligationsController_creditAssessment"];
        put?: never;
        /**
         * Assess the household's responsible credit maximum (DOMAIN.md 3.5)
         * @description Weighted income, living-cost norm, housing and other charges give the monthly capacity and the maximum (× 50); knock-outs make it 0.00. Recorded on the application (the latest counts): approving more is a 422 unless the officer gives responsibleMaximumOverride.justification.
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
         * @description Keeps the principal outstanding and the arrears on that day. The cause arrears needs the oldest unpaid instalment to be over 3 months late.
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
         * @description Made by the documents processor from the events: the summary information document of each offer, the written refusal statement once asked for, the notice of each refused guarantee release. Send minPosition (a command reply’s position) to wait for the documents of that command.
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
         * One document as HTML or PDF, in Dutch (default) or English
         * @description ?format=pdf or Accept: application/pdf for the PDF; ?lang=en for English.
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
         * @description The capital, the interest accrued on it since the last due date and the reinvestment fee (DOMAIN.md 4.3), with the computation line by line; the day may lie in the future. Records nothing. 409 unless the loan is active; 422 when the repayment would break a rule.
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
         * @description The capital, the interest accrued on it and the reinvestment fee (see the quote). A partial repayment keeps the term: the later instalments are computed again on the lower principal. A win-win loan is repaid early only in full (422 partial-early-repayment-not-allowed).
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
         * @description The product version's share (30 %, or 40 % for deeds signed from 2020-03-15 to 2021-12-31) of the principal definitively lost, rounded half up to the cent; for bankruptcy, manifest insolvency or dissolution during the term or within 6 months after it; once.
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
         * @description For at most what the guarantee still covers; all of it when no amount is given.
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
         * @description Whatever became of the loan. 404 for a guarantee the loan does not have.
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
         * @description With the code of conduct reasons and the explanation the enterprise and the guarantor receive in writing. The guarantee does not change.
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
        /** Record money received on a defaulted or written-off loan */
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
         * @description The instalments from the disbursement date, those after an early repayment computed again; each with its payments (paidInterest, paidPrincipal, unpaid, settledOn) and status as of asOf (default today): paid, partly-paid, due (that day), overdue, future; with the arrears as of asOf. 409 before disbursement.
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
    "/api/v1/loans/{loanId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
         * @description Recoveries may still be recorded afterwards.
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
         * @description Recorded only for a refused application and within 6 months of its application (later: 422 written-refusal-too-late). The statement is then generated among the loan’s documents.
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
         * @description Destroys the person's key: their names and identifying numbers (a sole trader's enterprise number too) read as "[erased]" in every event, loan and list from then on; figures and reports do not change. Records PersonForgotten and answers with the loans that name the person. A sole trader is one person per enterprise number: when their loans give the borrower different names (the number given for someone else?), 409 person-named-differently lists the loans, and the admin confirms by sending confirmLoans with exactly those loan ids. Forgetting again answers with the first date. Find the person id in a loan's borrower.personId, lender.personId or a guarantee's guarantorPersonId.
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
        /** One product: its terms in force on a day, its versions, its product sheet */
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
        /** Every projection: version, generation, status, checkpoint, lag and failure */
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
        /** Retry a projection stopped at an event it could not apply (after a fix) */
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
        get: operations["ReferenceCurvesController_list"];
        put?: never;
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
        get: operations["ReferenceCurvesController_inForce"];
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
        BorrowerDto: {
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
        CommandResultDto: {
            /** @description The loan after the command, as GET /loans/{id} shows it */
            loan: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            loanId: string;
            /** @description An approval that made the offer: its schedule if paid out on the approval day */
            offerSchedule?: components["schemas"]["OfferScheduleDto"];
            /**
             * @description An approval only: approved (the offer is made), or proposed (above the officer’s limit: the loan waits for a second credit officer, see secondApproval)
             * @enum {string}
             */
            outcome?: "approved" | "proposed";
            /** @description The global position of the last event recorded */
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
            stillDue?: {
                [key: string]: unknown;
            };
            /** @description The stream version after the command */
            version: number;
            /** @description Accepted, but worth a look: another open application, an offer that lapses at once */
            warnings?: components["schemas"]["CommandWarningDto"][];
        };
        CommandWarningDto: {
            /** @example second-open-application */
            code: string;
            /** @description The other loans it concerns */
            loanIds?: string[];
            message: string;
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
            roles: ("clerk" | "credit-officer" | "analyst" | "admin")[];
        };
        DevSignInInfoDto: {
            /**
             * @description The approval limit of an officer who names none (APPROVAL_LIMIT_DEFAULT); null: none
             * @example 25000.00
             */
            defaultApprovalLimit: string | null;
            /** @description The roles one may sign in with */
            roles: ("clerk" | "credit-officer" | "analyst" | "admin")[];
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
            roles: ("clerk" | "credit-officer" | "analyst" | "admin")[];
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
             */
            forgottenAt: string;
            /** @description The loans that name the person (borrower, lender or guarantor), in the loans read model: those whose personal data now read "[erased]" */
            loans: string[];
            /** Format: uuid */
            personId: string;
        };
        FoundBorrowersDto: {
            /** @description Usually one: the company, or the sole trader; both when the number was given for a company and for a natural person */
            borrowers: components["schemas"]["BorrowerDto"][];
            /** @example 0403.170.701 */
            enterpriseNumber: string;
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
            item: "enterprise-identity" | "group-and-shareholder-structure" | "activity-and-market-position" | "financial-results-and-plan" | "credit-purpose" | "existing-relationship-with-lender" | "outstanding-financing-elsewhere" | "securities-and-available-assets" | "negative-pledges-and-commitments" | "articles-of-association" | "social-balance-sheet" | "product-sheet-handed-over" | "guarantor-identity" | "guarantor-assets";
            /** @example annual accounts 2021 and a plan to 2024 */
            note?: string;
            /** @enum {string} */
            status: "provided" | "already-known" | "not-applicable";
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
            /**
             * @description The household (DOMAIN.md 3.5): householdType, housing {tenure, rent | mortgageGrossCharge, ...}, applicantBirthDate, signingDate, termMonths, incomes[] {kind, monthlyNet, ...conditions}, obligations[] {kind, ...}, wageGarnishment, divorceInProgress, optional requestedAmount (default: the amount applied for). Money as strings.
             * @example {
             *       "householdType": "couple-with-children",
             *       "housing": {
             *         "tenure": "renter",
             *         "rent": "850.00",
             *         "serviceCosts": "40.00"
             *       },
             *       "applicantBirthDate": "1984-05-12",
             *       "signingDate": "2022-04-01",
             *       "termMonths": 60,
             *       "incomes": [
             *         {
             *           "kind": "salary",
             *           "monthlyNet": "3150.00"
             *         }
             *       ],
             *       "obligations": [
             *         {
             *           "kind": "personal-loan",
             *           "monthlyAmount": "210.00"
             *         }
             *       ],
             *       "wageGarnishment": false,
             *       "divorceInProgress": false
             *     }
             */
            household: {
                [key: string]: unknown;
            };
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
        StartAttestDto: {
            /** @example SA-2021-00417 */
            number: string;
            /**
             * Format: date
             * @example 2021-12-31
             */
            validUntil: string;
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterInquiryDto"];
            };
        };
        responses: {
            /** @description { inquiryId, version, position } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LoansController_list: {
        parameters: {
            query?: {
                /** @description second-approval: the applications whose approval waits for a second credit officer, but for those the caller proposed or registered (four eyes): the officers’ queue */
                awaiting?: "second-approval";
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description The borrower’s enterprise number, with or without dots and spaces (0403.170.701, 0403 170 701, 0403170701): a company’s loans, or a sole trader’s */
                enterpriseNumber?: string;
                /** @description Page size, 1 to 200 (default 50) */
                limit?: string;
                /** @description Wait until the list has reached this global position */
                minPosition?: string;
                productCode?: "impulskrediet" | "winwinlening" | "cofinanciering" | "startlening";
                /** @description Search: the words of a company’s name, each the start of a word of it, whatever the case and accents ("bakkerij jan"); or the start of a loan id (at least 4 hexadecimal digits); or an enterprise number. A sole trader’s name is personal data, kept sealed: find them by their number */
                q?: string;
                status?: "applied" | "approved" | "refused" | "withdrawn" | "lapsed" | "active" | "repaid" | "defaulted" | "written-off";
            };
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
    LoansController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyForLoanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
        };
    };
    LoansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                loanId: string;
            };
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
    ApplicationObligationsController_completeness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                loanId: string;
            };
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
    ApplicationObligationsController_recordInformation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
        };
    };
    LoansController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
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
                loanId: string;
            };
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
    ApplicationObligationsController_creditAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                loanId: string;
            };
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
    ApplicationObligationsController_recordCreditAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
        };
    };
    LoansController_declareDefault: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
        };
    };
    LoansController_disburse: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
        };
    };
    DocumentsController_list: {
        parameters: {
            query?: {
                /** @description Wait until the documents processor has read past this global position */
                minPosition?: string;
            };
            header?: never;
            path: {
                loanId: string;
            };
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
    DocumentsController_get: {
        parameters: {
            query?: {
                /** @description Default: from the Accept header (application/pdf), else html */
                format?: "html" | "pdf";
                lang?: "nl" | "en";
            };
            header?: never;
            path: {
                documentId: string;
                loanId: string;
            };
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
                loanId: string;
            };
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
    LoansController_repayEarly: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
        };
    };
    LoansController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                loanId: string;
            };
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
    LoansController_claimGovernmentGuarantee: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
        };
    };
    LoansController_callGuarantee: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description The guarantee within the loan: g1, g2, ... in the order they were given */
                guaranteeId: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description No such loan, or no such guarantee on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LoansController_releaseGuarantee: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description The guarantee within the loan: g1, g2, ... in the order they were given */
                guaranteeId: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description No such loan, or no such guarantee on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LoansController_refuseGuaranteeRelease: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description The guarantee within the loan: g1, g2, ... in the order they were given */
                guaranteeId: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description No such loan, or no such guarantee on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LoansController_recordRecovery: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
        };
    };
    LoansController_refuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
        };
    };
    LoansController_repay: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
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
                loanId: string;
            };
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
    LoansController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
        };
    };
    LoansController_writeOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
        };
    };
    ApplicationObligationsController_requestWrittenRefusal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The loan version the client saw ("3"); the command is refused with 409 if the loan moved on */
                "If-Match"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoundBorrowersDto"];
                };
            };
            /** @description No loan names this enterprise number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PeopleController_forget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForgottenPersonDto"];
                };
            };
            /** @description Only an admin may forget people */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No person has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The loans give the person (a sole trader) different names: confirm with confirmLoans */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description { on, language, products[] } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description the product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description { status: "ok" | "degraded", projections: [{ name, version, generation, status: active | building | degraded, generationStatus, checkpoint: { transactionId, globalPosition }, eventsProcessed, lag, head: { transactionId, globalPosition } (the last event in the store), caughtUp, createdAt, updatedAt, caughtUpAt, failure: null | { event: { id, type, streamId, streamVersion, transactionId, globalPosition }, error: { message, code }, attempts, firstFailedAt, lastRetriedAt } }] } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProjectionsController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { name, cleared: [failure…] } (empty when it was not stopped); 400 for an unknown projection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description every recorded curve, one per day (the latest recording) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceCurvesController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReferenceCurveDto"];
            };
        };
        responses: {
            /** @description { recordedOn, version, position } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceCurvesController_inForce: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the curve in force on a day: the latest recorded on or before it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                minPosition?: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: string;
            };
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
    ReportsController_portfolioHtml: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description First day of the period for flows (default: 1 January of the as-of year) */
                from?: string;
                /** @description As the portfolio was known at this instant: only events recorded by then count (the read models are replayed for it) */
                knownAt?: string;
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: string;
            };
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
    ReportsController_portfolioModel: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description First day of the period for flows (default: 1 January of the as-of year) */
                from?: string;
                /** @description As the portfolio was known at this instant: only events recorded by then count (the read models are replayed for it) */
                knownAt?: string;
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: string;
            };
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
    ReportsController_portfolioXlsx: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description First day of the period for flows (default: 1 January of the as-of year) */
                from?: string;
                /** @description As the portfolio was known at this instant: only events recorded by then count (the read models are replayed for it) */
                knownAt?: string;
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: string;
            };
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
    ReportsController_winwinByProvince: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description First month (YYYY-MM) */
                from?: string;
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: string;
                /** @description Last month, included (YYYY-MM) */
                to?: string;
            };
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
    ReportsController_winwinMonthly: {
        parameters: {
            query?: {
                /** @description Business date the figures are as of (default: today) */
                asOf?: string;
                /** @description First month (YYYY-MM) */
                from?: string;
                /** @description Wait (a few seconds) until the read model has reached this global position */
                minPosition?: string;
                /** @description Last month, included (YYYY-MM) */
                to?: string;
            };
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
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { status: "ok" | "degraded", eventStore, projections: { status, degraded: [{ name, version, generation, status, lag, checkpoint, failure: { event, error, attempts, firstFailedAt, lastRetriedAt } }] } }; degraded: a read model is stopped at an event it cannot apply (commands still work) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description { status: "unavailable", eventStore } */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
