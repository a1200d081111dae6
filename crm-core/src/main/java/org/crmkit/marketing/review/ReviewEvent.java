package org.crmkit.marketing.review;

import org.crmkit.shared.DomainEvent;

/**
 * Events of reviews. They carry ids, products, stars and statuses, never the review text.
 *
 * @since 0.2
 */
public sealed interface ReviewEvent extends DomainEvent permits ReviewWritten, ReviewModerated {}
