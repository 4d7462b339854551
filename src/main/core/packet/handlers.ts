// The packet.* channels: sharing a packet with the hire, and previewing or importing their answers.
import type { AreaHandlers } from '../handlers';
import type { AnswersService } from './answers';
import type { PacketService } from './service';

export function packetHandlers(packet: PacketService, answers: AnswersService): AreaHandlers<'packet'> {
  return {
    'packet.share': ({ hireId }) => packet.share(hireId),
    'packet.previewAnswers': (input) => answers.preview(input.hireId, input.answers),
    'packet.importAnswers': (input) => answers.importAnswers(input.hireId, input.answers),
  };
}
