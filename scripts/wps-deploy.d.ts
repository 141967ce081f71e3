// Types of scripts/wps-deploy.js, for the tests that import it.
export function jspluginsXml(name: string, url: string): string;
export function publishXml(name: string, folder: string, version: string): string;
