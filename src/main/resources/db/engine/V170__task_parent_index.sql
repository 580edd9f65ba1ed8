-- Camunda 7.24 reads ACT_RU_TASK by PARENT_TASK_ID_ on every task completion (sub-task check) but ships no index
-- on it: a full scan of the open tasks on MySQL, so completions slow down as the open tasks grow (12,000 self-review
-- tasks at the start of a bloc's cycle). Runs after the engine created or updated its schema (EngineSchemaMigrations).
CREATE INDEX ACT_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_);
