package vn.tongket.organization.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.organization.CommendationRepository;
import vn.tongket.organization.ConfidenceResultRepository;
import vn.tongket.organization.EmulationTitleRepository;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.Position;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.UnitRankingRepository;
import vn.tongket.organization.importing.HistoryRowValidator.Commendation;
import vn.tongket.organization.importing.HistoryRowValidator.Confidence;
import vn.tongket.organization.importing.HistoryRowValidator.EmulationTitleRow;
import vn.tongket.organization.importing.HistoryRowValidator.HistoryRow;
import vn.tongket.organization.importing.HistoryRowValidator.MemberRanking;
import vn.tongket.organization.importing.HistoryRowValidator.UnitRanking;
import vn.tongket.organization.importing.MemberRowValidator.MemberRow;
import vn.tongket.organization.importing.PositionRowValidator.PositionRow;
import vn.tongket.organization.importing.UnitRowValidator.UnitRow;

/**
 * Imports one file (units, members, positions or history) all-or-nothing: the whole file is read and
 * validated against the stored data first; any rejected row refuses the file ({@link ImportRejectedException}
 * with every error) and nothing is written; otherwise every row is written in one transaction. Used by the
 * REST API, the startup folder and the demo bloc. The caller syncs Camunda identity afterwards.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final OrgUnitRepository units;
    private final PartyMemberRepository members;
    private final PositionRepository positions;
    private final UnitRankingRepository unitRankings;
    private final MemberRankingRepository memberRankings;
    private final CommendationRepository commendations;
    private final EmulationTitleRepository emulationTitles;
    private final ConfidenceResultRepository confidenceResults;
    private final JdbcTemplate jdbc;

    public ImportService(OrgUnitRepository units, PartyMemberRepository members, PositionRepository positions,
                         UnitRankingRepository unitRankings, MemberRankingRepository memberRankings,
                         CommendationRepository commendations, EmulationTitleRepository emulationTitles,
                         ConfidenceResultRepository confidenceResults, JdbcTemplate jdbc) {
        this.units = units;
        this.members = members;
        this.positions = positions;
        this.unitRankings = unitRankings;
        this.memberRankings = memberRankings;
        this.commendations = commendations;
        this.emulationTitles = emulationTitles;
        this.confidenceResults = confidenceResults;
        this.jdbc = jdbc;
    }

    /**
     * @param upsert for units, members and positions: update rows whose code (post) is already stored instead
     *               of refusing them as duplicates (ids stay stable: renames and transfers keep history)
     * @param source recorded on history rows (IMPORT from the API and the folder, DEMO for the demo bloc)
     */
    @Transactional
    public ImportResult importFile(ImportKind kind, String fileName, String contentType, byte[] content,
                                   boolean upsert, HistorySource source) {
        long t0 = System.nanoTime();
        Table table = TableReader.read(fileName, contentType, content);
        JpaImportReferences refs = new JpaImportReferences(units, members, positions, unitRankings, memberRankings,
                commendations, emulationTitles, confidenceResults);
        ImportResult result = switch (kind) {
            case UNITS -> writeUnits(fileName, accept(UnitRowValidator.validate(table, refs, upsert)), refs);
            case MEMBERS -> writeMembers(fileName, accept(MemberRowValidator.validate(table, refs, upsert)), refs);
            case POSITIONS -> writePositions(fileName, accept(PositionRowValidator.validate(table, refs, upsert)), refs);
            case HISTORY -> writeHistory(fileName, accept(HistoryRowValidator.validate(table, refs)), refs, source);
        };
        log.info("Imported {} ({}): {} rows, {} created, {} updated in {} ms", fileName, kind, result.rows(),
                result.created(), result.updated(), (System.nanoTime() - t0) / 1_000_000);
        return result;
    }

    private static <T> List<T> accept(Validated<T> v) {
        if (!v.ok()) {
            List<RowError> sorted = new ArrayList<>(v.errors());
            sorted.sort(Comparator.comparingInt(RowError::row));
            throw new ImportRejectedException(sorted);
        }
        return v.rows();
    }

    private ImportResult writeUnits(String file, List<UnitRow> rows, JpaImportReferences refs) {
        Map<String, OrgUnit> byCode = new HashMap<>(refs.unitsByCode());
        Map<String, UnitRow> inFile = new HashMap<>();
        rows.forEach(r -> inFile.put(r.code(), r));
        List<UnitRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(r -> depth(r.code(), inFile)));
        int created = 0;
        int updated = 0;
        for (UnitRow r : ordered) {
            OrgUnit parent = r.parentCode() == null ? null : byCode.get(r.parentCode());
            OrgUnit u = byCode.get(r.code());
            if (u == null) {
                u = new OrgUnit(r.code(), r.name(), r.kind(), parent);
                created++;
            } else {
                u.setName(r.name());
                u.setKind(r.kind());
                u.setParent(parent);
                updated++;
            }
            u.setHasStandingCommittee(r.hasStandingCommittee());
            u.setMassOrgType(r.massOrgType());
            u.setActive(r.active());
            byCode.put(r.code(), units.save(u));
        }
        return new ImportResult(ImportKind.UNITS, file, rows.size(), created, updated);
    }

    private static int depth(String code, Map<String, UnitRow> inFile) {
        int d = 0;
        UnitRow r = inFile.get(code);
        while (r != null && r.parentCode() != null && d < 100) {
            r = inFile.get(r.parentCode());
            d++;
        }
        return d;
    }

    private ImportResult writeMembers(String file, List<MemberRow> rows, JpaImportReferences refs) {
        Map<String, OrgUnit> unitsByCode = refs.unitsByCode();
        int created = 0;
        int updated = 0;
        List<PartyMember> batch = new ArrayList<>();
        for (MemberRow r : rows) {
            OrgUnit unit = unitsByCode.get(r.unitCode());
            PartyMember m = refs.membersByCode().get(r.code());
            if (m == null) {
                m = new PartyMember(r.code(), r.fullName(), unit);
                created++;
            } else {
                m.setFullName(r.fullName());
                m.setUnit(unit);
                updated++;
            }
            m.setCell(r.cellCode() == null ? null : unitsByCode.get(r.cellCode()));
            m.setBirthDate(r.birthDate());
            m.setGender(r.gender());
            m.setPartyCardNo(r.partyCardNo());
            m.setJoinedDate(r.joinedDate());
            m.setStatus(r.status());
            m.setEmail(r.email());
            batch.add(m);
        }
        members.saveAll(batch);
        return new ImportResult(ImportKind.MEMBERS, file, rows.size(), created, updated);
    }

    private ImportResult writePositions(String file, List<PositionRow> rows, JpaImportReferences refs) {
        int created = 0;
        int updated = 0;
        List<Position> batch = new ArrayList<>();
        for (PositionRow r : rows) {
            PartyMember member = refs.membersByCode().get(r.memberCode());
            OrgUnit unit = refs.unitsByCode().get(r.unitCode());
            Position existing = !r.existing() ? null : positions.findCurrentByUnit(unit.getId()).stream()
                    .filter(p -> p.getMember().getId().equals(member.getId()) && p.getRole() == r.role())
                    .findFirst().orElse(null);
            if (existing != null) {
                if (r.title() != null) {
                    existing.setTitle(r.title());
                }
                existing.setEndDate(r.endDate());
                batch.add(existing);
                updated++;
            } else {
                Position p = new Position(member, unit, r.role(), r.title(), r.startDate());
                p.setEndDate(r.endDate());
                batch.add(p);
                created++;
            }
        }
        positions.saveAll(batch);
        return new ImportResult(ImportKind.POSITIONS, file, rows.size(), created, updated);
    }

    /**
     * History rows are written with JDBC batches (no entity needs to be managed afterwards): one round trip per
     * table instead of one per row (the demo has ~700 history rows).
     */
    private ImportResult writeHistory(String file, List<HistoryRow> rows, JpaImportReferences refs, HistorySource source) {
        Map<String, OrgUnit> u = refs.unitsByCode();
        Map<String, PartyMember> m = refs.membersByCode();
        String src = source.name();
        List<Object[]> unitRows = new ArrayList<>();
        List<Object[]> memberRows = new ArrayList<>();
        List<Object[]> commendationRows = new ArrayList<>();
        List<Object[]> titleRows = new ArrayList<>();
        List<Object[]> voteRows = new ArrayList<>();
        for (HistoryRow row : rows) {
            if (row instanceof UnitRanking r) {
                unitRows.add(new Object[] {u.get(r.unitCode()).getId(), r.year(), r.selfScore(), r.superiorScore(),
                        r.score(), r.category().name(), src});
            } else if (row instanceof MemberRanking r) {
                memberRows.add(new Object[] {m.get(r.memberCode()).getId(), r.year(), name(r.selfCategory()),
                        name(r.branchCategory()), name(r.finalCategory()), r.notRankedReason(), src});
            } else if (row instanceof Commendation r) {
                commendationRows.add(new Object[] {r.memberCode() == null ? null : m.get(r.memberCode()).getId(),
                        r.unitCode() == null ? null : u.get(r.unitCode()).getId(), r.year(), r.kind().name(), r.level(),
                        r.decisionNo(), r.decisionDate(), src});
            } else if (row instanceof EmulationTitleRow r) {
                titleRows.add(new Object[] {m.get(r.memberCode()).getId(), r.year(), r.title().name(), r.decisionNo(),
                        r.decisionDate(), src});
            } else if (row instanceof Confidence r) {
                voteRows.add(new Object[] {m.get(r.memberCode()).getId(), r.year(), u.get(r.placeUnitCode()).getId(),
                        r.positionTitle(), r.issued(), r.collected(), r.valid(), r.high(), r.medium(), r.low(), src});
            }
        }
        batch("insert into unit_ranking_history (unit_id, campaign_year, self_score, superior_score, score, category, source)"
                + " values (?, ?, ?, ?, ?, ?, ?)", unitRows);
        batch("insert into member_ranking_history (member_id, campaign_year, self_category, branch_category, final_category,"
                + " not_ranked_reason, source) values (?, ?, ?, ?, ?, ?, ?)", memberRows);
        batch("insert into commendation_history (member_id, unit_id, campaign_year, kind, award_level, decision_no,"
                + " decision_date, source) values (?, ?, ?, ?, ?, ?, ?, ?)", commendationRows);
        batch("insert into emulation_title_history (member_id, campaign_year, title, decision_no, decision_date, source)"
                + " values (?, ?, ?, ?, ?, ?)", titleRows);
        batch("insert into confidence_result_history (member_id, campaign_year, place_unit_id, position_title, ballots_issued,"
                + " ballots_collected, ballots_valid, high_count, medium_count, low_count, source)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", voteRows);
        return new ImportResult(ImportKind.HISTORY, file, rows.size(), rows.size(), 0);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, rows, 500, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                Object v = row[i];
                if (v instanceof LocalDate d) {
                    ps.setDate(i + 1, java.sql.Date.valueOf(d));
                } else {
                    ps.setObject(i + 1, v);
                }
            }
        });
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
