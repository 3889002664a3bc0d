package dev.encore.core.domain;

public enum PlaylistKind { USER, EDITORIAL, GENERATED }
