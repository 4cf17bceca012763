import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasPermission } from '../../../app/session';
import { useProjectMeetings } from '../meetings/meetings.api';
import type { ProjectDetail } from '../project.types';
import { InstructionList } from './instruction-list';
import { targetOptions } from './instruction-targets';
import { useProjectInstructions } from './instructions.api';
import { WriteInstructionModal } from './write-instruction.modal';

/** The project page's 批示 tab: every instruction on the project and its items; leaders write one. */
export function ProjectInstructionsTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('instruction.write');
  const mayMeet = useHasPermission('meeting.view');
  const list = useProjectInstructions(project.id);
  const [writing, setWriting] = useState(false);
  return (
    <Flex vertical gap={12} data-testid="project-instructions-tab">
      {mayWrite ? (
        <Flex justify="flex-end">
          <Button type="primary" data-testid="write-instruction" onClick={() => setWriting(true)}>
            {t('instructions.write')}
          </Button>
        </Flex>
      ) : null}
      <InstructionList items={list.data?.items ?? []} loading={list.isLoading} />
      {writing ? (
        mayMeet ? (
          <WriteWithActions project={project} onClose={() => setWriting(false)} />
        ) : (
          <WriteInstructionModal options={targetOptions(project, [])} onClose={() => setWriting(false)} />
        )
      ) : null}
    </Flex>
  );
}

/** The form with the project's action items too (read from its meetings tab's query). */
function WriteWithActions({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const meetings = useProjectMeetings(project.id);
  return <WriteInstructionModal options={targetOptions(project, meetings.data?.actions ?? [])} onClose={onClose} />;
}
