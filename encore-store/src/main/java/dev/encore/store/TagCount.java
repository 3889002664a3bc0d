package dev.encore.store;

/** A tag and how often it is used: catalog items carrying it plus user assignments of it. */
public record TagCount(String tag, long count) {}
