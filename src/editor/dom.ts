// Making the page's elements: a tag, its class, its text or children, and its attributes.

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  content: string | Node[] = [],
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (typeof content === 'string') made.textContent = content;
  else made.append(...content);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

export function button(text: string, onClick: () => void, className = ''): HTMLButtonElement {
  const made = element('button', className, text, { type: 'button' });
  made.addEventListener('click', onClick);
  return made;
}
