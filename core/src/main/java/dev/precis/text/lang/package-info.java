/**
 * Language identification: which language an article is written in, as an ISO 639-1 code, so
 * that a run can keep the languages it summarizes.
 */
package dev.precis.text.lang;
