package vn.tongket.vote;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import vn.tongket.ranking.LowConfidenceReRanking;

/** The hook of C.III.5 into the ranking: a sealed vote asks for the re-rankings; an unsealed one asks for nothing. */
class SealedVoteTaskListenerTest {

    final VoteService votes = mock(VoteService.class);
    final LowConfidenceReRanking reRanking = mock(LowConfidenceReRanking.class);
    final DelegateTask task = mock(DelegateTask.class);
    final org.camunda.bpm.engine.IdentityService identity = mock(org.camunda.bpm.engine.IdentityService.class);

    @org.junit.jupiter.api.BeforeEach
    void completing() {
        // the vote is found from the process instance; the completion event (no authenticated user: the app's own call)
        when(task.getProcessInstanceId()).thenReturn("pi-12");
        when(votes.voteIdOfProcess("pi-12")).thenReturn(12L);
        when(task.getEventName()).thenReturn(org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_COMPLETE);
    }

    @Test
    void sealedVote_requestsReRankingOfMembersOverHalfLow() {
        when(task.getVariable(ConfidenceVoteProcess.VOTE_ID)).thenReturn(12L);
        when(votes.isSealed(12L)).thenReturn(true);
        new SealedVoteTaskListener(votes, identity, reRanking).notify(task);
        verify(reRanking).requestFor(12L);
    }

    @Test
    void notSealed_refused_noReRanking() {
        when(task.getVariable(ConfidenceVoteProcess.VOTE_ID)).thenReturn(12L);
        when(votes.isSealed(12L)).thenReturn(false);
        assertThatThrownBy(() -> new SealedVoteTaskListener(votes, identity, reRanking).notify(task)).hasMessageContaining("niêm phong");
        verify(reRanking, never()).requestFor(anyLong());
    }
}
