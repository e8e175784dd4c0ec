package com.banksegment.ingest.parse;

/** What one raw data line becomes: a clean record or a rejection with its reason. */
public sealed interface ParsedLine permits CleanRecord, Rejection {}
