/**
 * The persistent model: the entities of the timeline (the event graph is one aggregate), their
 * vocabularies, and the repositories every feature reads through.
 *
 * <p>The entities are {@link org.hibernate.annotations.Immutable}: only the seed loader writes them,
 * and it replaces rows rather than updating them, so reads keep no snapshots and do no dirty checking.
 */
package org.karabakh.timeline.model;
