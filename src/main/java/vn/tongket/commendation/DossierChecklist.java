package vn.tongket.commendation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.tongket.common.DomainException;

/**
 * What a dossier must hold for its proposals (B.III.2.1) and what is still missing. Each proposed candidate
 * needs its achievement report in as many certified sets as its award asks (1 for the bloc, 2 for the
 * province); each proposed member, a copy of the emulation title certificate.
 */
public final class DossierChecklist {

    /** A proposal of the dossier. */
    public record Proposal(long candidateId, Award award, String subjectName) {
    }

    /** A document uploaded for an item (candidateId null for dossier-wide items), in {@code copies} sets. */
    public record Provided(DossierItem item, Long candidateId, int copies) {
    }

    /** One line of the checklist with what was provided. */
    public record Line(DossierItem item, String label, Long candidateId, String subjectName, int requiredCopies,
                       int providedCopies, boolean generated) {
        public boolean complete() {
            return generated || providedCopies >= requiredCopies;
        }
    }

    private DossierChecklist() {
    }

    public static List<Line> lines(int year, List<Proposal> proposals, List<Provided> provided) {
        List<Line> out = new ArrayList<>();
        for (DossierItem item : DossierItem.values()) {
            switch (item.scope()) {
                case DOSSIER -> out.add(line(item, item.label(year), null, null, 1, provided));
                case CANDIDATE -> proposals.forEach(p -> out.add(line(item, item.label(year) + " – " + p.subjectName()
                        + " (" + p.award().label() + ")", p.candidateId(), p.subjectName(), p.award().achievementReportSets(), provided)));
                case MEMBER_CANDIDATE -> proposals.stream().filter(p -> p.award().forMember())
                        .map(Proposal::candidateId).distinct()
                        .forEach(id -> {
                            Proposal p = proposals.stream().filter(x -> x.candidateId() == id).findFirst().orElseThrow();
                            out.add(line(item, item.label(year) + " – " + p.subjectName(), id, p.subjectName(), 1, provided));
                        });
            }
        }
        return out;
    }

    public static List<Line> missing(List<Line> lines) {
        return lines.stream().filter(l -> !l.complete()).toList();
    }

    /** Refuses an incomplete dossier, naming every missing item and the copies still needed. */
    public static void requireComplete(List<Line> lines) {
        List<Line> missing = missing(lines);
        if (!missing.isEmpty()) {
            throw new DomainException("attachments", "Hồ sơ còn thiếu " + missing.size() + " mục: " + missing.stream()
                    .map(l -> l.label() + " (cần " + l.requiredCopies() + " bộ, đã có " + l.providedCopies() + ")")
                    .collect(Collectors.joining("; ")));
        }
    }

    private static Line line(DossierItem item, String label, Long candidateId, String subjectName, int required,
                             List<Provided> provided) {
        int copies = provided.stream()
                .filter(p -> p.item() == item && (candidateId == null || candidateId.equals(p.candidateId())))
                .mapToInt(Provided::copies).sum();
        return new Line(item, label, candidateId, subjectName, required, copies, item.generated());
    }
}
