/**
 * For you: models trained per person from their library and votes, the candidates they rank and the
 * picks digests include, plus the profile runs that evaluate them (with a {@link
 * org.paperboy.recommend.ProfileMethod}: the shipped ones here, the lab's candidates beside them).
 * Layer: feature; it owns the recommend_* tables and cosave_optout, and reads libraries, votes,
 * claims, accounts and vectors through their owners' facades.
 */
package org.paperboy.recommend;
