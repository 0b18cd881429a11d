/**
 * The ribbon's function file (the manifest's FunctionFile). The add-in's one
 * button opens the task pane, which Office does by itself; Office still loads
 * this page for the add-in's commands and waits for it to report ready.
 */
void Office.onReady();
