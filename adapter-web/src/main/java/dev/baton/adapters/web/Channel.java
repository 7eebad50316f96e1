package dev.baton.adapters.web;

/** A web chat channel. Its id is its name (names are unique and never change). */
record Channel(String id, String name) {}
