/** A real 60×30 PNG (three blue bars on white), standing in for an ECharts picture in Node tests. */
export const TEST_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAADwAAAAeCAIAAAD/+uoYAAAARElEQVR42u3OwQkAIAwDwC7jZI7vELqBFFREuZBvyEV/MAENDQ0NDf0NutQ2KTQ0NDT0DvTKMTQ0NDR0Dn3rGBr60HYAkovZ5ySUzFcAAAAASUVORK5CYII=';

export const testPng = (): Uint8Array => Uint8Array.from(atob(TEST_PNG_BASE64), (c) => c.charCodeAt(0));
