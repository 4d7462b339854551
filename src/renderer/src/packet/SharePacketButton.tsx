// "Share with <name>" on a hire's page: saves the hire's packet, one HTML file the hire opens in any
// browser to read their plan and answer (src/main/core/packet).
import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShare } from '@tabler/icons-react';
import type { Hire } from '@shared/hires/schema';
import { usePacket } from './queries';
import { saveText } from '../files/save';

export function SharePacketButton({ hire }: { hire: Hire }) {
  const packets = usePacket(hire.id);
  const [busy, setBusy] = useState(false);

  async function share() {
    setBusy(true);
    try {
      const packet = await packets.share();
      const saved = await saveText(packet.fileName, packet.html, 'text/html');
      if (saved) {
        notifications.show({
          title: `Packet ${packet.version} for ${hire.name} saved`,
          message: `Send ${packet.fileName} to ${hire.name}. Their answers come back as a file you open here.`,
        });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not shared', message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button
      variant="default"
      leftSection={<IconShare size={16} />}
      loading={busy}
      onClick={() => void share()}
    >
      Share with {hire.name}
    </Button>
  );
}
