// Settings → Log file shows where the log is, from app.logFile, with a way to copy the path.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { LogFileCard } from '../../src/renderer/src/pages/LogFileCard';
import { ok, renderWithApp } from './render';

describe('LogFileCard', () => {
  it('shows the log file path from the core, with a copy button', async () => {
    const { call } = renderWithApp(<LogFileCard />, (channel) =>
      channel === 'app.logFile'
        ? ok({ file: '/home/ada/.config/Rolebridge/rolebridge.log' })
        : { ok: false, error: { code: 'NOT_FOUND', message: channel } },
    );
    expect(await screen.findByText('/home/ada/.config/Rolebridge/rolebridge.log')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy path' })).toBeTruthy();
    expect(call).toHaveBeenCalledWith('app.logFile', {});
  });
});
