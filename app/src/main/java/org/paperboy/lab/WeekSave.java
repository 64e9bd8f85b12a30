package org.paperboy.lab;

import java.util.List;
import org.paperboy.paper.Paper;

/**
 * A paper members saved to their libraries this week, with who saved it (those who agree to be
 * named).
 *
 * @param hidden how many saved it without being named
 */
public record WeekSave(Paper paper, List<String> savedBy, int hidden) {}
