import '@/i18n/i18n';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InstallHelp } from '@/features/pwa/install-help';
import { PwaStatus } from '@/features/pwa/pwa-status';

describe('InstallHelp', () => {
  it('says how to install the app and why a backup still matters', () => {
    render(<InstallHelp />);
    expect(screen.getByRole('heading', { level: 3, name: 'Install the app' })).toBeVisible();
    expect(screen.getByText(/“Install app”/)).toBeVisible();
    expect(screen.getByText(/Add to Home Screen/)).toBeVisible();
    expect(
      screen.getByText(
        /Safari, delete the data of websites that are not installed after about a week/,
      ),
    ).toBeVisible();
    expect(screen.getByText(/back up your assessments to a file/)).toBeVisible();
  });

  it('fits under the host panel’s heading level', () => {
    render(<InstallHelp headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Keep a backup' })).toBeVisible();
  });
});

describe('PwaStatus with the real registration', () => {
  it('renders quietly where service workers are not available', () => {
    render(<PwaStatus />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
