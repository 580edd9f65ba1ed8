package vn.tongket.common;

import java.util.List;

/**
 * What the review feature tells other features (evaluation, reports) about a member's reviews of a year:
 * the chair's conclusions in every place the member was reviewed, and whether a review is paused.
 * Implemented by the review feature; features refer to each other by code, not by entity.
 */
public interface ReviewConclusionSource {

    /** One concluded (or paused) review of a member in one place. */
    record ReviewConclusion(String placeUnitCode, String placeName, String conclusion, String selfRanking, boolean paused) {
    }

    List<ReviewConclusion> conclusionsOf(String memberCode, int year);
}
