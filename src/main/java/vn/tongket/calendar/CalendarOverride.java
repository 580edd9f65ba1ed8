package vn.tongket.calendar;

import jakarta.persistence.*;
import java.time.LocalDate;

/** A date of one campaign year moved by the Ban Tổ chức (table {@code calendar_override}). */
@Entity
@Table(name = "calendar_override")
public class CalendarOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_key", nullable = false, length = 40)
    private Deadline deadline;

    @Column(name = "deadline_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_mode", nullable = false, length = 20)
    private DeadlineMode mode;

    private String note;

    protected CalendarOverride() {
    }

    public CalendarOverride(int year, Deadline deadline, LocalDate date, DeadlineMode mode, String note) {
        this.year = year;
        this.deadline = deadline;
        this.date = date;
        this.mode = mode;
        this.note = note;
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public Deadline getDeadline() { return deadline; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public DeadlineMode getMode() { return mode; }
    public void setMode(DeadlineMode mode) { this.mode = mode; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
