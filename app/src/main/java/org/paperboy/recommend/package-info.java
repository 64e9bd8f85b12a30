/**
 * For you: models trained per person from their library and votes, the candidates they rank and the
 * picks digests include, plus the profile runs that evaluate them. Layer: feature; it owns the
 * recommend_* tables.
 */
package org.paperboy.recommend;
