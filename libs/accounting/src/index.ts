/** The books (issue 23): the chart of accounts and the posting rules, pure. */
export * from './chart';
export * from './posting';
export * from './impairment';
export * from './accrual';
export * from './books';
