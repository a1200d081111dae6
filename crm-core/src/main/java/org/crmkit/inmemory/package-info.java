/**
 * The in-memory storage: every port in plain Java collections, thread-safe, for tests and
 * prototypes. Units of work are serialised by one lock and rolled back with an undo log.
 */
@NullMarked
package org.crmkit.inmemory;

import org.jspecify.annotations.NullMarked;
