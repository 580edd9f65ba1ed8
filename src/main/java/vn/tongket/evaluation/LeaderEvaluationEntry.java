package vn.tongket.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One text of an evaluation (a gathered review conclusion, a self-assessment, a comment, a decision's reasons). */
@Entity
@Table(name = "leader_evaluation_entry")
public class LeaderEvaluationEntry {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private Long evaluationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EntryStep step;

    @Column(length = 64)
    private String author;

    @Column(name = "place_name")
    private String placeName;

    @Column(nullable = false, length = MAX_LENGTH)
    private String content;

    @Column(name = "proposed_category", length = 40)
    private String proposedCategory;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected LeaderEvaluationEntry() {
    }

    public LeaderEvaluationEntry(Long evaluationId, EntryStep step, String author, String placeName, String content,
                                 String proposedCategory, LocalDateTime createdAt) {
        this.evaluationId = evaluationId;
        this.step = step;
        this.author = author;
        this.placeName = placeName;
        this.content = content;
        this.proposedCategory = proposedCategory;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getEvaluationId() { return evaluationId; }
    public EntryStep getStep() { return step; }
    public String getAuthor() { return author; }
    public String getPlaceName() { return placeName; }
    public String getContent() { return content; }
    public String getProposedCategory() { return proposedCategory; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
