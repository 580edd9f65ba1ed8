package vn.tongket.organization;

import jakarta.persistence.*;
import java.time.LocalDate;

/** A party member. {@link #code} is the login in Camunda; the id survives transfers between branches. */
@Entity
@Table(name = "party_member")
public class PartyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(length = 10)
    private String gender;

    @Column(name = "party_card_no", length = 40)
    private String partyCardNo;

    /** The branch (chi bộ) where the member is active. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    /** The party cell (tổ đảng) inside the branch, when the branch has cells. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cell_id")
    private OrgUnit cell;

    @Column(name = "joined_date")
    private LocalDate joinedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MemberStatus status = MemberStatus.ACTIVE;

    private String email;

    protected PartyMember() {
    }

    public PartyMember(String code, String fullName, OrgUnit unit) {
        this.code = code;
        this.fullName = fullName;
        this.unit = unit;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getPartyCardNo() { return partyCardNo; }
    public void setPartyCardNo(String partyCardNo) { this.partyCardNo = partyCardNo; }
    public OrgUnit getUnit() { return unit; }
    public void setUnit(OrgUnit unit) { this.unit = unit; }
    public OrgUnit getCell() { return cell; }
    public void setCell(OrgUnit cell) { this.cell = cell; }
    public LocalDate getJoinedDate() { return joinedDate; }
    public void setJoinedDate(LocalDate joinedDate) { this.joinedDate = joinedDate; }
    public MemberStatus getStatus() { return status; }
    public void setStatus(MemberStatus status) { this.status = status; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }

    /** Last word of the full name (tên), Camunda's last name: Camunda shows "first last" = "Nguyễn Văn" + " " + "An". */
    public String givenName() {
        int i = fullName.lastIndexOf(' ');
        return i < 0 ? fullName : fullName.substring(i + 1);
    }

    /** Family and middle names (họ và tên đệm), Camunda's first name. */
    public String familyNames() {
        int i = fullName.lastIndexOf(' ');
        return i < 0 ? "" : fullName.substring(0, i);
    }
}
