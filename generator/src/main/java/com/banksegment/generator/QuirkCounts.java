package com.banksegment.generator;

/**
 * How many rows of a generated file carry each quirk of the real data, so tests and benchmarks of
 * the ingest can check their counts exactly.
 *
 * @param dobPlaceholder      CustomerDOB is 1/1/1800
 * @param dobNan              CustomerDOB is the text nan
 * @param dobEmpty            CustomerDOB is empty
 * @param dobAfterTransaction CustomerDOB is later in 2016 than the row's TransactionDate (after the
 *                            transaction whatever century rule reads the two-digit year)
 * @param dobIn2021           CustomerDOB is 19/1/21, as in the real file (after every transaction if
 *                            read as 2021; 1921 under a "later than the transaction year is last
 *                            century" rule)
 * @param dobFrom2000         CustomerDOB in 2000..2013 (two-digit years 00..13)
 * @param genderEmpty         CustGender is empty
 * @param genderT             CustGender is T
 * @param locationEmpty       CustLocation is empty
 * @param locationQuoted      CustLocation contains a comma and is quoted
 * @param balanceEmpty        CustAccountBalance is empty
 * @param balanceZero         CustAccountBalance is 0
 * @param amountZero          TransactionAmount (INR) is 0
 */
public record QuirkCounts(
    long dobPlaceholder, long dobNan, long dobEmpty, long dobAfterTransaction, long dobIn2021,
    long dobFrom2000, long genderEmpty, long genderT, long locationEmpty, long locationQuoted,
    long balanceEmpty, long balanceZero, long amountZero) {
}
