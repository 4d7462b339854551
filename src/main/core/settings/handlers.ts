// The settings.* channels.
import type { AreaHandlers } from '../handlers';
import type { SettingsService } from './service';

export function settingsHandlers(settings: SettingsService): AreaHandlers<'settings'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (changes) => settings.update(changes),
  };
}
